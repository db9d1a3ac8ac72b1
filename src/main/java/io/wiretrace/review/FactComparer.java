package io.wiretrace.review;

import io.wiretrace.reuse.Anchor;
import io.wiretrace.reuse.AnchorExtractor;
import io.wiretrace.reuse.AnchorKind;
import io.wiretrace.reuse.Sentence;
import io.wiretrace.reuse.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Facts that differ between two aligned sentences. Precision first: a number, date or quote is reported only when
 * both sentences hold one the other lacks (a substitution), never when a rewrite merely adds or omits one; numbers and
 * dates are compared by value ({@link FigureComparer}). A reworded quote must still share {@value #QUOTE_MIN_OVERLAP} of its words with the source quote
 * (else they are different quotes); an identical quote is reported when the names outside the quotes share no word
 * (another speaker). Names: in an edited pair, a replaced run of words holding a capitalised word after the first
 * word; in a paraphrased pair, two multi-word names of equal length that share a word but differ ("Asaad al-Shaibani"
 * against "Assaad al-Shaibani").
 */
final class FactComparer {

    static final double QUOTE_MIN_OVERLAP = 0.3;

    private final TextNormalizer normalizer;
    private final AnchorExtractor anchors;

    FactComparer(TextNormalizer normalizer, AnchorExtractor anchors) {
        this.normalizer = normalizer;
        this.anchors = anchors;
    }

    List<ChangedFact> compare(Sentence r, Sentence s, WordDiff.Result diff) {
        List<ChangedFact> out = new ArrayList<>();
        FigureComparer.compare(r, s, out);
        new QuoteChecks(normalizer).compare(r, s, out);
        List<ChangedFact> names = new ArrayList<>();
        if (diff.overlap() >= RewriteReviewer.EDITED_MIN_OVERLAP) {
            replacedNames(r, s, diff, names);
        } else {
            variantNames(r, s, names);
        }
        // a speaker change is already a name change: report it once, as the more telling kind
        names.stream().filter(n -> out.stream().noneMatch(f -> f.kind() == ChangedFact.Kind.QUOTE_SPEAKER
                && f.rewriteStart() < n.rewriteEnd() && n.rewriteStart() < f.rewriteEnd())).forEach(out::add);
        return out;
    }

    /** A quote or name change. */
    static ChangedFact fact(ChangedFact.Kind kind, Sentence r, FactSpans.Span rv, Sentence s, FactSpans.Span sv) {
        String what = switch (kind) {
            case QUOTE_WORDING -> "the quote in other words";
            case QUOTE_SPEAKER -> "the same quote from a different speaker";
            case NAME -> "a different name";
            case NUMBER, DATE -> throw new IllegalArgumentException("figures carry an agreement: " + kind);
        };
        return fact(kind, null, r, rv, s, sv,
                "The rewrite gives " + what + ": \"" + rv.text() + "\" where the source has \"" + sv.text() + "\".");
    }

    /** A changed fact with offsets turned from sentence to text offsets. */
    static ChangedFact fact(ChangedFact.Kind kind, ChangedFact.Agreement agreement, Sentence r, FactSpans.Span rv,
            Sentence s, FactSpans.Span sv, String explanation) {
        return new ChangedFact(kind, agreement, rv.text(), sv.text(), r.start() + rv.start(), r.start() + rv.end(),
                s.start() + sv.start(), s.start() + sv.end(), r.index(), s.index(), explanation);
    }

    private static void replacedNames(Sentence r, Sentence s, WordDiff.Result diff, List<ChangedFact> out) {
        List<DiffOp> ops = diff.ops();
        for (int i = 0; i + 1 < ops.size(); i++) {
            DiffOp del = ops.get(i);
            DiffOp ins = ops.get(i + 1);
            if (del.op() != DiffOp.Op.DELETE || ins.op() != DiffOp.Op.INSERT) {
                continue;
            }
            if (hasName(ins.text(), ins.rewriteStart() == r.start()) && hasName(del.text(), del.sourceStart() == s.start())) {
                out.add(fact(ChangedFact.Kind.NAME, r, span(ins.text(), ins.rewriteStart() - r.start()), s,
                        span(del.text(), del.sourceStart() - s.start())));
            }
        }
    }

    /** A capitalised word that is not the sentence's first word and not a weekday or month. */
    private static boolean hasName(String text, boolean atSentenceStart) {
        String[] words = text.split("[\\s\\u00a0]+");
        for (int i = atSentenceStart ? 1 : 0; i < words.length; i++) {
            String w = words[i].replaceAll("^[^\\p{L}]+", "");
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && FactSpans.dateWords(w).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void variantNames(Sentence r, Sentence s, List<ChangedFact> out) {
        List<Anchor> rn = anchors.extract(r.text()).ofKind(AnchorKind.NAME);
        List<Anchor> sn = anchors.extract(s.text()).ofKind(AnchorKind.NAME);
        Set<String> sNorm = sn.stream().map(Anchor::normalized).collect(Collectors.toSet());
        Set<String> rNorm = rn.stream().map(Anchor::normalized).collect(Collectors.toSet());
        for (Anchor a : rn) {
            if (sNorm.contains(a.normalized())) {
                continue;
            }
            sn.stream().filter(b -> !rNorm.contains(b.normalized()) && variants(a.normalized(), b.normalized()))
                    .findFirst().ifPresent(b -> out.add(fact(ChangedFact.Kind.NAME, r, span(a.text(), r.text().indexOf(a.text())),
                            s, span(b.text(), s.text().indexOf(b.text())))));
        }
    }

    private static boolean variants(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length) {
            return false;
        }
        Function<String[], Set<String>> longWords = ws -> java.util.Arrays.stream(ws).filter(w -> w.length() >= 4)
                .collect(Collectors.toSet());
        Set<String> shared = longWords.apply(x);
        shared.retainAll(longWords.apply(y));
        return !shared.isEmpty();
    }

    private static FactSpans.Span span(String text, int start) {
        return new FactSpans.Span(text, "", start, start + text.length());
    }
}
