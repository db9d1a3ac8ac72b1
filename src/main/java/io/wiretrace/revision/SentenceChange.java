package io.wiretrace.revision;

import java.util.List;

/**
 * One sentence added, removed or edited between two versions. The side a change does not touch has null text and
 * offsets (an ADDED sentence has no {@code before}).
 *
 * @param words for an EDITED sentence, its word diff (kept, deleted and inserted runs); empty otherwise
 */
public record SentenceChange(Kind kind, String before, Integer beforeStart, Integer beforeEnd, String after,
                             Integer afterStart, Integer afterEnd, List<WordChange> words) {

    public SentenceChange {
        words = List.copyOf(words);
    }

    /** What happened to the sentence. */
    public enum Kind { ADDED, REMOVED, EDITED }

    /** A run of words kept, deleted (only in the old sentence) or inserted (only in the new one). */
    public record WordChange(Op op, String text) {

        /** KEEP: in both; DELETE: only before; INSERT: only after. */
        public enum Op { KEEP, DELETE, INSERT }
    }
}
