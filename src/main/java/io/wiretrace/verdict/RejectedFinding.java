package io.wiretrace.verdict;

/**
 * A finding left out of chains, stories and outlet graphs because its standing verdict rejects it; listed (struck
 * through) on request.
 *
 * @param type    attribution, reuse or hop
 * @param summary the finding in words
 * @param from    node id of the article it was found in (the derived end of a hop)
 * @param to      node id of what it pointed to (a hop's source, the other article of a match), may be null
 * @param review  the rejection, with its author, time and note
 */
public record RejectedFinding(FindingType type, String summary, String from, String to, Review review) {
}
