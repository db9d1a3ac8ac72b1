package io.wiretrace.web;

import io.wiretrace.article.PageOf;
import io.wiretrace.watch.FeedCandidate;
import io.wiretrace.watch.SourceStatus;
import java.util.List;

/**
 * The sources page: add a URL (a homepage answers with the feeds found on it, to choose from), the watched sources'
 * health a page at a time with the number of alerts among all of them, pause and resume.
 *
 * @param asked      the URL the user just gave, when it was a homepage
 * @param candidates the feeds and sitemaps found on it (empty otherwise)
 * @param total      how many sources are watched
 * @param alerts     how many of them have an alert raised
 */
public record SourcesPage(List<SourceRow> sources, String asked, List<FeedCandidate> candidates, long total, long alerts,
                          String previousHref, String nextHref) {

    static SourcesPage of(PageOf<SourceStatus> found, long alerts, String asked, List<FeedCandidate> candidates) {
        boolean more = (long) (found.page() + 1) * found.size() < found.total();
        return new SourcesPage(SourceRow.of(found.items()), asked, candidates, found.total(), alerts,
                found.page() > 0 ? "/sources?page=" + (found.page() - 1) : null,
                more ? "/sources?page=" + (found.page() + 1) : null);
    }
}
