package io.wiretrace.api;

import io.wiretrace.verdict.VerdictEntry;
import java.time.Instant;
import java.util.List;

/**
 * A verdict as the API shows it.
 *
 * @param finding what the finding says (its key: identity and context), as verdicts are matched to findings
 * @param summary the finding in words, as it read when judged
 * @param articleIds the articles it was then seen on
 */
public record VerdictJson(long id, String findingType, String verdict, String note, String author, Instant at,
                          String producer, Double machineConfidence, String statement, String summary,
                          List<Long> articleIds, Key finding) {

    /** The finding's key. */
    public record Key(String identity, String context, List<String> articles) {
    }

    static VerdictJson of(VerdictEntry e) {
        return new VerdictJson(e.id(), e.key().type().wireName(), e.verdict().wireName(), e.note(), e.author(), e.at(),
                e.producer(), e.machineConfidence(), e.review().statement(), e.summary(), e.articleIds(),
                new Key(e.key().identity(), e.key().context(), e.articleKeys()));
    }
}
