package io.wiretrace.review;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Credits one side gives and the other does not. Two credits name the same party when they share an outlet key, a
 * domain (without "www.") or a name (case and punctuation aside); anything else is a different party, so a rewrite
 * crediting france24.com does not keep a source's credit to AFP. Attributions whose target names nobody (a bare
 * "syndicated feed" notice) credit no one and are not compared, nor are syndicated-feed disclaimers, whose target is
 * the publishing outlet itself ("not edited by NDTV staff"), not a source. Each party is reported once, at its first
 * attribution.
 */
final class CreditComparer {

    List<CreditChange> compare(ReviewText rewrite, ReviewText source) {
        List<CreditChange> out = new ArrayList<>();
        missing(source.attributions(), rewrite.attributions(), CreditChange.Change.DROPPED, out);
        missing(rewrite.attributions(), source.attributions(), CreditChange.Change.ADDED, out);
        return out;
    }

    private static void missing(List<Attribution> from, List<Attribution> other, CreditChange.Change change,
            List<CreditChange> out) {
        Set<String> otherIds = new HashSet<>();
        other.stream().filter(a -> a.kind() != AttributionKind.SYNDICATED_FEED_DISCLAIMER)
                .forEach(a -> otherIds.addAll(ids(a.target())));
        Set<String> reported = new HashSet<>();
        for (Attribution a : from) {
            if (a.kind() == AttributionKind.SYNDICATED_FEED_DISCLAIMER) {
                continue;
            }
            Set<String> ids = ids(a.target());
            if (ids.isEmpty() || ids.stream().anyMatch(otherIds::contains) || ids.stream().anyMatch(reported::contains)) {
                continue;
            }
            reported.addAll(ids);
            String name = display(a.target());
            String explanation = change == CreditChange.Change.DROPPED
                    ? "The source credits " + name + " (" + a.kind().wireName() + "); the rewrite does not credit " + name + "."
                    : "The rewrite credits " + name + " (" + a.kind().wireName() + "), which the source does not credit.";
            out.add(new CreditChange(change, name, a, explanation));
        }
    }

    static Set<String> ids(Attribution.Target t) {
        Set<String> ids = new HashSet<>();
        if (t == null) {
            return ids;
        }
        if (t.key() != null && !t.key().isBlank()) {
            ids.add("key:" + t.key().toLowerCase(Locale.ROOT));
        }
        if (t.domain() != null && !t.domain().isBlank()) {
            ids.add("domain:" + t.domain().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        }
        String name = t.name() == null ? "" : t.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (!name.isEmpty()) {
            ids.add("name:" + name);
        }
        return ids;
    }

    private static String display(Attribution.Target t) {
        if (t.name() != null && !t.name().isBlank()) {
            return t.name();
        }
        return t.domain() != null && !t.domain().isBlank() ? t.domain() : t.key();
    }
}
