package io.wiretrace.review;

import io.wiretrace.reuse.Sentence;
import io.wiretrace.reuse.TextNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
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

    private static void speakerChange(Sentence r, List<FactSpans.Span> rq, Sentence s, List<FactSpans.Span> sq,
            FactSpans.Span q, FactSpans.Span sourceQuote, List<ChangedFact> out) {
        List<FactSpans.Span> rNames = namesOutside(r.text(), rq);
        List<FactSpans.Span> sNames = namesOutside(s.text(), sq);
        if (rNames.isEmpty() || sNames.isEmpty()) {
            return;
        }
        Set<String> rWords = new HashSet<>(rNames.stream().map(FactSpans.Span::key).toList());
        if (sNames.stream().noneMatch(n -> rWords.contains(n.key()))) {
            out.add(FactComparer.fact(ChangedFact.Kind.QUOTE_SPEAKER, r, rNames.get(0), s, sNames.get(0)));
        }
    }

    private static List<FactSpans.Span> namesOutside(String sentence, List<FactSpans.Span> quotes) {
        List<FactSpans.Span> out = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            String key = m.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (!NOT_NAMES.contains(key) && !FactSpans.insideQuote(quotes, m.start(), m.end())) {
                out.add(new FactSpans.Span(m.group(), key, m.start(), m.end()));
            }
        }
        return out;
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
