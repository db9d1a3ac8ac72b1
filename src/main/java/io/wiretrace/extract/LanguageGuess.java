package io.wiretrace.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text that does not state it (a pasted text has no {@code lang} attribute) from its
 * function words ({@code extract/function-words.tsv}; a word listed for several languages counts for none): the language whose list covers most of the text's words, when
 * that is at least {@value #MIN_HITS} words and {@value #MIN_SHARE} of the words, and at least twice the runner-up.
 * Else no guess: a wrong language stems search words wrongly, no language searches them unstemmed. Stateless.
 */
public final class LanguageGuess {

    static final int MIN_HITS = 5;
    static final double MIN_SHARE = 0.12;
    private static final int MAX_WORDS = 2_000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** Each function word with the one language it counts for (words of several languages are left out). */
    private static final Map<String, String> LANGUAGE_OF = load("/extract/function-words.tsv");

    private LanguageGuess() {
    }

    /** The ISO 639-1 code of the text's language, if its function words say so clearly. */
    public static Optional<String> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find() && words < MAX_WORDS) {
            words++;
            String language = LANGUAGE_OF.get(m.group().toLowerCase(Locale.ROOT));
            if (language != null) {
                hits.merge(language, 1, Integer::sum);
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        boolean clear = first >= MIN_HITS && first >= MIN_SHARE * words && first >= 2 * second;
        return clear ? Optional.of(best) : Optional.empty();
    }

    private static Map<String, String> load(String resource) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String line : DataFile.lines(resource)) {
            String[] cols = line.split("\t", 2);
            out.put(cols[0], new HashSet<>(java.util.List.of(cols[1].trim().split(" +"))));
        }
        Map<String, Integer> languagesOf = new HashMap<>();
        out.values().forEach(words -> words.forEach(w -> languagesOf.merge(w, 1, Integer::sum)));
        Map<String, String> languageOf = new HashMap<>();
        out.forEach((language, words) -> words.stream()
                .filter(w -> languagesOf.get(w) == 1) // a word of several languages says nothing between them
                .forEach(w -> languageOf.put(w, language)));
        return Map.copyOf(languageOf);
    }
}
