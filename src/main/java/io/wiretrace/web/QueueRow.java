package io.wiretrace.web;

import io.wiretrace.app.VerdictQueue;
import java.util.List;

/**
 * A finding awaiting a verdict, with the form fields that name it.
 *
 * @param anchor      HTML id of the row
 * @param why         why it comes this high: the chains through it, an uncredited copy of a watched outlet
 * @param articleHref the article it is in
 */
public record QueueRow(String anchor, String type, String summary, String why, String confidence, String articleHref,
                       long articleId, String index, String otherArticleId, String from, String to) {

    static List<QueueRow> of(List<VerdictQueue.Item> items) {
        return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> of(i, items.get(i))).toList();
    }

    private static QueueRow of(int i, VerdictQueue.Item item) {
        var c = item.consequence();
        String why = (c.chains() > 0 ? "on " + c.chains() + " chain(s)" : "")
                + (c.uncreditedCopyOfWatched() ? (c.chains() > 0 ? "; " : "") + "uncredited copy of a watched outlet" : "");
        return new QueueRow("finding-" + i, item.type().wireName(), Shorten.of(item.summary(), Shorten.TITLE), why,
                EvidenceGraph.confidence(c.machineConfidence()), "/articles/" + item.articleId(), item.articleId(),
                text(item.index()), text(item.otherArticleId()), item.from(), item.to());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
