package io.wiretrace.event;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.reuse.ReuseClass;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.reuse.SentencePair;
import io.wiretrace.reuse.VerbatimPassage;
import io.wiretrace.url.UrlIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code uncredited_copy}: of two articles a reuse match joins (duplicate, substantial or partial reuse, rewrite), the
 * derived one gives no credit to the outlet of the other, whose work the caller says is watched (its outlet has a
 * source, or a watched outlet credits it). A credit is an attribution naming that outlet (key or name) or linking to
 * the original's URL. Articles of one outlet, pairs whose order is unknown and pairs that credit one source (both ran
 * an agency's story) raise nothing. Immutable.
 */
public final class UncreditedCopyRule {

    static final Set<ReuseClass> CLASSES = Set.of(ReuseClass.DUPLICATE, ReuseClass.SUBSTANTIAL_REUSE,
            ReuseClass.PARTIAL_REUSE, ReuseClass.REWRITE);
    private static final int MAX_PASSAGES = 3;

    /**
     * The derived side of a match: the one its dependence names, else the later one; empty when neither is known, the
     * class is not one that copies, or an earlier common source explains what the two share.
     */
    public Optional<String> derivedId(ReuseMatch match) {
        if (!CLASSES.contains(match.reuseClass())
                || match.dependence() != null && match.dependence().commonSourceId() != null) {
            return Optional.empty(); // two copies of an earlier common source: neither copied the other
        }
        if (match.dependence() != null && match.dependence().derivedId() != null) {
            return Optional.of(match.dependence().derivedId());
        }
        if (match.earlierId() == null) {
            return Optional.empty();
        }
        return Optional.of(match.earlierId().equals(match.aId()) ? match.bId() : match.aId());
    }

    /**
     * The event, or empty when the copy credits the original's outlet, both are of one outlet, or both credit one
     * source (an agency both ran: siblings, as provenance draws them, not a copy of one another).
     */
    public Optional<NewEvent> check(ReuseMatch match, StoryArticle copy, StoryArticle original) {
        if (original.outletKey() == null || original.outletKey().equals(copy.outletKey())
                || credits(copy.credits(), original) || shareASource(copy.credits(), original.credits())) {
            return Optional.empty();
        }
        boolean copyIsA = match.aId().equals(Long.toString(copy.id()));
        List<EventEvidence> evidence = new ArrayList<>(passages(match, copy, original, copyIsA));
        evidence.add(new EventEvidence("credits_given", copy.id(), copy.url(), creditList(copy.credits()), null, null,
                null));
        String summary = copy.label() + " is a " + match.reuseClass().code().replace('_', ' ') + " of "
                + original.label() + ", without credit to "
                + (original.outletName() != null ? original.outletName() : original.outletKey());
        return Optional.of(new NewEvent(EventType.UNCREDITED_COPY, "uncredited_copy:" + copy.id() + ":" + original.id(),
                original.outletKey(), copy.outletKey(), copy.id(), original.id(), null, confidence(match), summary,
                evidence));
    }

    static boolean credits(List<Attribution> credits, StoryArticle original) {
        for (Attribution a : credits) {
            Attribution.Target t = a.target();
            if (original.outletKey().equals(t.key())
                    || (t.name() != null && original.outletName() != null
                    && t.name().toLowerCase(Locale.ROOT).equals(original.outletName().toLowerCase(Locale.ROOT)))
                    || (t.creditedUrl() != null && original.url() != null && UrlIdentity.same(t.creditedUrl(), original.url()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two lists credit one party (by outlet key, else domain, else name). */
    static boolean shareASource(List<Attribution> copy, List<Attribution> original) {
        Set<String> theirs = new java.util.HashSet<>();
        original.forEach(a -> theirs.add(party(a.target())));
        theirs.remove(null);
        return copy.stream().map(a -> party(a.target())).anyMatch(theirs::contains);
    }

    private static String party(Attribution.Target t) {
        String party = t == null ? null : t.key() != null ? t.key() : t.domain() != null ? t.domain() : t.name();
        return party == null || party.isBlank() ? null : party.strip().toLowerCase(Locale.ROOT);
    }

    private static double confidence(ReuseMatch match) {
        if (match.dependence() != null && match.dependence().confidence() > 0) {
            return Math.min(1, match.dependence().confidence());
        }
        return switch (match.reuseClass()) {
            case DUPLICATE -> 0.9;
            case SUBSTANTIAL_REUSE -> 0.8;
            default -> 0.6;
        };
    }

    /** The copied passages (or paraphrased sentences) on both sides, at most three of each. */
    private static List<EventEvidence> passages(ReuseMatch match, StoryArticle copy, StoryArticle original, boolean copyIsA) {
        List<EventEvidence> out = new ArrayList<>();
        for (VerbatimPassage p : match.passages().stream().limit(MAX_PASSAGES).toList()) {
            int cs = copyIsA ? p.aStart() : p.bStart();
            int ce = copyIsA ? p.aEnd() : p.bEnd();
            int os = copyIsA ? p.bStart() : p.aStart();
            int oe = copyIsA ? p.bEnd() : p.aEnd();
            out.add(span("copied_passage", copy, cs, ce));
            out.add(span("original_passage", original, os, oe));
        }
        if (out.isEmpty()) {
            for (SentencePair pair : match.paraphrases().stream().limit(MAX_PASSAGES).toList()) {
                var c = copyIsA ? pair.a() : pair.b();
                var o = copyIsA ? pair.b() : pair.a();
                out.add(span("rewritten_sentence", copy, c.start(), c.end()));
                out.add(span("original_sentence", original, o.start(), o.end()));
            }
        }
        return out;
    }

    private static EventEvidence span(String role, StoryArticle article, int start, int end) {
        String body = article.bodyText();
        int s = Math.max(0, Math.min(start, body.length()));
        int e = Math.max(s, Math.min(end, body.length()));
        return new EventEvidence(role, article.id(), article.url(), body.substring(s, e), "body", s, e);
    }

    private static String creditList(List<Attribution> credits) {
        if (credits.isEmpty()) {
            return "no attribution found";
        }
        return "credits only: " + String.join(", ", credits.stream().map(a -> a.target().name() == null
                ? a.evidence().text() : a.target().name()).distinct().toList());
    }
}
