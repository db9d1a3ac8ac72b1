package io.wiretrace.review;

import java.util.Objects;

/**
 * One explained content-farm signal: something an auditor can check, never a verdict on its own.
 *
 * @param code stable identifier ("unrelated-author-bio")
 * @param explanation one plain sentence saying what was seen and why it matters
 * @param evidence the text that shows it (a quote from the article, or the figures used)
 * @param start offset of the evidence in the article's bodyText, or null when the evidence is not body text
 * @param end end offset (exclusive), or null
 * @param weight how much the signal says on its own, in (0, 1]; signals add up, none decides alone
 */
public record Signal(String code, String explanation, String evidence, Integer start, Integer end, double weight) {

    public Signal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(evidence, "evidence");
        if (weight <= 0 || weight > 1) {
            throw new IllegalArgumentException("weight must be in (0, 1]: " + weight);
        }
    }
}
