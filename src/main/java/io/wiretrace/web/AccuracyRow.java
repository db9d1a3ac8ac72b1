package io.wiretrace.web;

import io.wiretrace.verdict.RuleAccuracy;
import java.util.List;
import java.util.Locale;

/** One producer's accuracy as verdicts reveal it. */
public record AccuracyRow(String type, String producer, long confirmed, long rejected, String share) {

    static List<AccuracyRow> of(List<RuleAccuracy> all) {
        return all.stream().map(a -> new AccuracyRow(a.type().wireName(), a.producer(), a.confirmed(), a.rejected(),
                a.shareConfirmed() == null ? "—" : String.format(Locale.ROOT, "%.2f", a.shareConfirmed()))).toList();
    }
}
