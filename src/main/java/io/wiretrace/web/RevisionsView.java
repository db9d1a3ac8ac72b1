package io.wiretrace.web;

import io.wiretrace.app.Revisions;
import io.wiretrace.attribution.Attribution;
import io.wiretrace.revision.RevisionDiff;
import io.wiretrace.revision.SentenceChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The revision history of an article's URL for the article page: every version with a one-line account of what
 * changed, and the diff of the shown version from the one before it (null for a first version).
 */
public record RevisionsView(List<VersionRow> versions, DiffView diff, Long previousId) {

    /** One version: its link, when it was seen, and what changed from the version before. */
    public record VersionRow(long id, String href, String seen, String title, String changes, boolean current) {
    }

    /** What changed: headline and byline before/after (null when unchanged), sentences, credits. */
    public record DiffView(String headlineBefore, String headlineAfter, String bylineBefore, String bylineAfter,
                    List<SentenceRow> sentences, List<String> creditsAdded, List<String> creditsRemoved) {
    }

    /** A sentence added, removed or edited; an edited one with its word runs. */
    public record SentenceRow(String kind, String before, String after, List<WordRow> words) {
    }

    /** A run of words: css keep, del or ins. */
    public record WordRow(String css, String text) {
    }

    public boolean hasHistory() {
        return versions.size() > 1;
    }

    static RevisionsView of(List<Revisions.Version> versions, long currentId) {
        List<VersionRow> rows = new ArrayList<>();
        DiffView shown = null;
        Long previous = null;
        for (Revisions.Version v : versions) {
            long id = v.article().id();
            rows.add(new VersionRow(id, "/articles/" + id, Times.of(v.article().createdAt()),
                    Shorten.of(v.article().extracted().title(), Shorten.TITLE), changes(v.diff()), id == currentId));
            if (id == currentId && v.diff() != null) {
                shown = diff(v.diff());
                previous = v.previousId();
            }
        }
        return new RevisionsView(rows, shown, previous);
    }

    /** "headline changed, 2 sentences added, 1 edited, credit dropped: AFP" or "first version". */
    static String changes(RevisionDiff d) {
        if (d == null) {
            return "first version";
        }
        List<String> parts = new ArrayList<>();
        if (d.headline() != null) {
            parts.add("headline changed");
        }
        if (d.byline() != null) {
            parts.add("byline changed");
        }
        count(parts, d.count(SentenceChange.Kind.ADDED), "added");
        count(parts, d.count(SentenceChange.Kind.REMOVED), "removed");
        count(parts, d.count(SentenceChange.Kind.EDITED), "edited");
        d.attributionsRemoved().forEach(a -> parts.add("credit dropped: " + party(a)));
        d.attributionsAdded().forEach(a -> parts.add("credit added: " + party(a)));
        return parts.isEmpty() ? "no visible change" : String.join(", ", parts);
    }

    private static void count(List<String> parts, long n, String what) {
        if (n > 0) {
            parts.add(n + (n == 1 ? " sentence " : " sentences ") + what);
        }
    }

    private static DiffView diff(RevisionDiff d) {
        List<SentenceRow> sentences = d.sentences().stream().map(s -> new SentenceRow(
                s.kind().name().toLowerCase(java.util.Locale.ROOT), s.before(), s.after(),
                s.words().stream().map(w -> new WordRow(w.op() == SentenceChange.WordChange.Op.KEEP ? "keep"
                        : w.op() == SentenceChange.WordChange.Op.DELETE ? "del" : "ins", w.text())).toList())).toList();
        return new DiffView(d.headline() == null ? null : d.headline().before(),
                d.headline() == null ? null : d.headline().after(), d.byline() == null ? null : d.byline().before(),
                d.byline() == null ? null : d.byline().after(), sentences,
                d.attributionsAdded().stream().map(RevisionsView::credit).toList(),
                d.attributionsRemoved().stream().map(RevisionsView::credit).toList());
    }

    private static String party(Attribution a) {
        return a.target().name() != null ? a.target().name() : a.evidence().text();
    }

    private static String credit(Attribution a) {
        return party(a) + " (" + a.kind().wireName() + "): \u201c" + a.evidence().text() + "\u201d";
    }
}
