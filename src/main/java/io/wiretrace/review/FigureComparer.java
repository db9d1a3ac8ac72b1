package io.wiretrace.review;

import io.wiretrace.reuse.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Numbers and dates that differ between two aligned sentences. Figures the two state alike (same value, unit and
 * qualifier, however written: "1.4 million" and "1,400,000") are set aside first. The rest are paired within a unit,
 * closest values first, never two more than {@value #MAX_RATIO} times apart (those are different quantities, not a
 * changed one), and each pair is reported with its agreement: {@code QUALIFIED} (same figure, a qualifier such as "at
 * least" added or dropped), {@code ROUNDED} (one side rounds, bounds or hedges a figure the other allows: "over 1,300"
 * for 1,383) or {@code CONTRADICTING} (no value fits both). Dates pair when they state a part of the same kind and are
 * reported only when such a part differs (a date stated with less detail is an omission, not a change). A figure one
 * side has and the other lacks is never reported: rewrites drop and add detail. Stateless.
 */
final class FigureComparer {

    static final double MAX_RATIO = 10;

    private FigureComparer() {
    }

    static void compare(Sentence r, Sentence s, List<ChangedFact> out) {
        List<DateMentions.DateMention> rd = DateMentions.find(r.text());
        List<DateMentions.DateMention> sd = DateMentions.find(s.text());
        dates(r, s, rd, sd, out);
        numbers(r, s, Quantities.find(r.text(), DateMentions.spans(rd)), Quantities.find(s.text(), DateMentions.spans(sd)),
                out);
    }

    private static void numbers(Sentence r, Sentence s, List<Quantity> rq, List<Quantity> sq, List<ChangedFact> out) {
        List<Quantity> restR = new ArrayList<>(rq);
        List<Quantity> restS = new ArrayList<>(sq);
        for (Quantity q : rq) {
            restS.stream().filter(o -> sameStatement(q, o)).findFirst().ifPresent(o -> {
                restR.remove(q);
                restS.remove(o);
            });
        }
        List<Quantity[]> candidates = new ArrayList<>();
        for (Quantity a : restR) {
            for (Quantity b : restS) {
                if (a.unit().equals(b.unit()) && ratio(a.value(), b.value()) < MAX_RATIO) {
                    candidates.add(new Quantity[] {a, b});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Quantity[] p) -> ratio(p[0].value(), p[1].value()))
                .thenComparingInt(p -> p[0].start()));
        List<Quantity> used = new ArrayList<>();
        for (Quantity[] p : candidates) {
            if (used.contains(p[0]) || used.contains(p[1])) {
                continue;
            }
            used.add(p[0]);
            used.add(p[1]);
            out.add(numberFact(r, p[0], s, p[1]));
        }
    }

    private static boolean sameStatement(Quantity a, Quantity b) {
        return a.unit().equals(b.unit()) && a.value() == b.value() && a.bound() == b.bound();
    }

    private static double ratio(double a, double b) {
        if (a == b) {
            return 1;
        }
        if (a <= 0 || b <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(a, b) / Math.min(a, b);
    }

    private static ChangedFact numberFact(Sentence r, Quantity rv, Sentence s, Quantity sv) {
        ChangedFact.Agreement agreement;
        String why;
        if (rv.value() == sv.value()) {
            agreement = ChangedFact.Agreement.QUALIFIED;
            why = "the same figure, qualified differently";
        } else if (rv.allows(sv) && sv.allows(rv)) {
            agreement = ChangedFact.Agreement.ROUNDED;
            Quantity looser = width(rv) >= width(sv) ? rv : sv;
            why = "consistent: " + (looser == rv ? "the rewrite" : "the source") + " rounds, bounds or hedges the figure";
        } else {
            agreement = ChangedFact.Agreement.CONTRADICTING;
            why = "no single value fits both";
        }
        return FactComparer.fact(ChangedFact.Kind.NUMBER, agreement, r, span(rv), s, span(sv),
                "The rewrite gives \"" + rv.text() + "\" where the source has \"" + sv.text() + "\": " + why + ".");
    }

    private static double width(Quantity q) {
        return q.high() - q.low();
    }

    private static FactSpans.Span span(Quantity q) {
        return new FactSpans.Span(q.text(), "", q.start(), q.end());
    }

    private static void dates(Sentence r, Sentence s, List<DateMentions.DateMention> rd,
            List<DateMentions.DateMention> sd, List<ChangedFact> out) {
        List<DateMentions.DateMention> restS = new ArrayList<>(sd);
        List<DateMentions.DateMention> restR = new ArrayList<>();
        for (DateMentions.DateMention d : rd) {
            restS.stream().filter(d::same).findFirst().ifPresentOrElse(restS::remove, () -> restR.add(d));
        }
        for (DateMentions.DateMention d : restR) {
            restS.stream().filter(d::comparable).findFirst().ifPresent(o -> {
                restS.remove(o);
                if (d.contradicts(o)) {
                    out.add(FactComparer.fact(ChangedFact.Kind.DATE, ChangedFact.Agreement.CONTRADICTING, r, d.span(), s,
                            o.span(), "The rewrite gives the date \"" + d.span().text() + "\" where the source has \""
                                    + o.span().text() + "\"."));
                }
            });
        }
    }
}
