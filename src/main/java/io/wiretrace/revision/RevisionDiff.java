package io.wiretrace.revision;

import io.wiretrace.attribution.Attribution;
import java.util.List;

/**
 * What changed from one version of an article to the next. Offsets index into each version's bodyText.
 *
 * @param headline            the title before and after, or the shown heading (h1) when only it changed; null when
 *                            neither changed
 * @param byline              the byline before and after, or null when unchanged
 * @param sentences           sentences added, removed or edited, in reading order
 * @param attributionsAdded   credits the new version has and the old one had not
 * @param attributionsRemoved credits the old version had and the new one has not (a dropped credit)
 */
public record RevisionDiff(TextChange headline, TextChange byline, List<SentenceChange> sentences,
                           List<Attribution> attributionsAdded, List<Attribution> attributionsRemoved) {

    public RevisionDiff {
        sentences = List.copyOf(sentences);
        attributionsAdded = List.copyOf(attributionsAdded);
        attributionsRemoved = List.copyOf(attributionsRemoved);
    }

    /** A field's value before and after. */
    public record TextChange(String before, String after) {
    }

    public long count(SentenceChange.Kind kind) {
        return sentences.stream().filter(s -> s.kind() == kind).count();
    }

    /** True when nothing a reader sees changed. */
    public boolean isEmpty() {
        return headline == null && byline == null && sentences.isEmpty() && attributionsAdded.isEmpty()
                && attributionsRemoved.isEmpty();
    }
}
