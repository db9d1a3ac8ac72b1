package io.wiretrace.reuse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The wording two aligned sentences share that a writer chooses, as opposed to what any reporter of the event must
 * write: content words (stemmed) outside quoted speech in both texts, and neither numbers (figures, number words) nor
 * names (a word written with a capital anywhere in either text but at the start of a sentence is a name or part of
 * one). Two independent reports of one game share the players, the score and the coach's words; a rewrite of one
 * report also keeps its ordinary words ("maintains strategic ties", "an online campaign against"). Immutable and
 * thread-safe.
 */
final class SharedWording {

    /** Function words the general stop list lacks, and number words: no writer chooses them. */
    private static final Set<String> NOT_CHOSEN = Set.of("since", "during", "against", "before", "about", "under",
            "between", "there", "these", "those", "then", "when", "where", "what", "just", "only", "other", "all",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "first",
            "second", "third", "fourth", "fifth", "last", "half", "hundred", "thousand", "million", "billion", "year",
            "week", "day", "today", "yesterday", "tonight", "time");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** A text as this measure reads it: its quoted-speech mask and the stems it writes as names. */
    record Reading(String text, boolean[] quoted, Set<String> names) {
    }

    Reading read(String text) {
        Set<String> names = new HashSet<>();
        for (Sentence s : splitter.split(text)) {
            NormalizedText nt = normalizer.normalize(s.text());
            for (int i = 1; i < nt.size(); i++) {
                if (Character.isUpperCase(s.text().charAt(nt.charStart(i)))) {
                    names.add(LexicalSentenceEmbedder.stem(nt.tokens().get(i)));
                }
            }
        }
        return new Reading(text, QuotedSpeech.mask(text), names);
    }

    /** The chosen words sentence {@code a} of {@code ra} and sentence {@code b} of {@code rb} share. */
    Set<String> shared(Reading ra, Sentence a, Reading rb, Sentence b) {
        Set<String> wa = words(ra, a);
        wa.retainAll(words(rb, b));
        wa.removeAll(ra.names());
        wa.removeAll(rb.names());
        return wa;
    }

    /** How many of the aligned {@code pairs} (sentences of {@code a} against {@code b}) share {@code minWords} chosen words. */
    int pairsWithWording(String a, String b, List<SentencePair> pairs, int minWords) {
        Reading ra = read(a);
        Reading rb = read(b);
        return (int) pairs.stream().filter(p -> shared(ra, p.a(), rb, p.b()).size() >= minWords).count();
    }

    private Set<String> words(Reading r, Sentence s) {
        NormalizedText nt = normalizer.normalize(s.text());
        Set<String> out = new HashSet<>();
        for (int i = 0; i < nt.size(); i++) {
            String t = nt.tokens().get(i);
            if (ContentWords.isContent(t) && !NOT_CHOSEN.contains(t) && t.chars().noneMatch(Character::isDigit)
                    && !r.quoted()[s.start() + nt.charStart(i)]) {
                out.add(LexicalSentenceEmbedder.stem(t));
            }
        }
        return out;
    }
}
