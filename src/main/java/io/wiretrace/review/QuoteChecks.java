package io.wiretrace.review;

import io.wiretrace.reuse.Sentence;
import io.wiretrace.reuse.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quote checks of {@link FactComparer}: reworded quotes and quotes given to another speaker. */
final class QuoteChecks {

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]+");
    /** Capitalised words that name nobody: sentence openers and pronouns. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "in",
            "on", "at", "but", "and", "this", "that", "his", "her", "their", "our", "during", "after", "while", "when",
            "as", "according", "meanwhile", "however", "there", "said", "says");

    private final TextNormalizer normalizer;

    QuoteChecks(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    void compare(Sentence r, Sentence s, List<ChangedFact> out) {
        List<FactSpans.Span> rq = FactSpans.quotes(r.text());
        List<FactSpans.Span> sq = FactSpans.quotes(s.text());
        for (FactSpans.Span q : rq) {
            List<String> words = normalizer.normalize(q.text()).tokens();
            FactSpans.Span best = null;
            double bestOverlap = 0;
            for (FactSpans.Span c : sq) {
                double o = dice(words, normalizer.normalize(c.text()).tokens());
                if (o > bestOverlap) {
                    best = c;
                    bestOverlap = o;
                }
            }
            if (best == null) {
                continue;
            }
            if (bestOverlap >= 1.0) {
                speakerChange(r, rq, s, sq, q, best, out);
            } else if (bestOverlap >= FactComparer.QUOTE_MIN_OVERLAP) {
                out.add(FactComparer.fact(ChangedFact.Kind.QUOTE_WORDING, r, q, s, best));
            }
        }
    }

    /** The speaker is the name run nearest to a quote's edge ("“…,” Essid said", "Essid said: “…”"). */
    private static void speakerChange(Sentence r, List<FactSpans.Span> rq, Sentence s, List<FactSpans.Span> sq,
            FactSpans.Span q, FactSpans.Span sourceQuote, List<ChangedFact> out) {
        FactSpans.Span rSpeaker = nearest(namesOutside(r.text(), rq), q);
        FactSpans.Span sSpeaker = nearest(namesOutside(s.text(), sq), sourceQuote);
        if (rSpeaker != null && sSpeaker != null && !rSpeaker.key().equals(sSpeaker.key())) {
            out.add(FactComparer.fact(ChangedFact.Kind.QUOTE_SPEAKER, r, rSpeaker, s, sSpeaker));
        }
    }

    private static FactSpans.Span nearest(List<FactSpans.Span> names, FactSpans.Span quote) {
        FactSpans.Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (FactSpans.Span n : names) {
            int d = n.start() >= quote.end() ? n.start() - quote.end() : Math.max(0, quote.start() - n.end());
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Runs of capitalised words outside the quotes, keyed by their last word (the surname: "Prime Minister Habib
     * Essid" is "essid", so two speakers who share a title still differ); weekdays, months and openers are no names.
     */
    private static List<FactSpans.Span> namesOutside(String sentence, List<FactSpans.Span> quotes) {
        List<FactSpans.Span> out = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(sentence);
        int runStart = -1;
        int runEnd = -1;
        String last = null;
        while (m.find()) {
            String key = m.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            boolean name = !NOT_NAMES.contains(key) && FactSpans.dateWords(m.group()).isEmpty()
                    && !FactSpans.insideQuote(quotes, m.start(), m.end());
            boolean continues = runStart >= 0 && sentence.substring(runEnd, m.start()).matches("[ \\u00a0]");
            if (!name || !continues) {
                addRun(sentence, runStart, runEnd, last, out);
                runStart = name ? m.start() : -1;
            }
            if (name) {
                runEnd = m.end();
                last = key;
            }
        }
        addRun(sentence, runStart, runEnd, last, out);
        return out;
    }

    private static void addRun(String sentence, int start, int end, String key, List<FactSpans.Span> out) {
        if (start >= 0) {
            out.add(new FactSpans.Span(sentence.substring(start, end), key, start, end));
        }
    }

    private static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> rest = new ArrayList<>(b);
        int common = 0;
        for (String w : a) {
            if (rest.remove(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
