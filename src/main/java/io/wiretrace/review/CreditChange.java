package io.wiretrace.review;

import io.wiretrace.attribution.Attribution;

/**
 * A credit one side gives and the other does not.
 *
 * @param change DROPPED (the source credits it, the rewrite does not) or ADDED (only the rewrite credits it)
 * @param target the credited party as the side names it (name, else domain, else key)
 * @param attribution the attribution that carries the credit, with its evidence and offsets
 * @param explanation one plain sentence for the auditor
 */
public record CreditChange(Change change, String target, Attribution attribution, String explanation) {

    /** Direction of the change. */
    public enum Change { DROPPED, ADDED }
}
