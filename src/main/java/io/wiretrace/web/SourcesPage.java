package io.wiretrace.web;

import io.wiretrace.watch.FeedCandidate;
import java.util.List;

/**
 * The sources page: add a URL (a homepage answers with the feeds found on it, to choose from), every watched source's
 * health with alerts marked, pause and resume.
 *
 * @param asked      the URL the user just gave, when it was a homepage
 * @param candidates the feeds and sitemaps found on it (empty otherwise)
 */
public record SourcesPage(List<SourceRow> sources, String asked, List<FeedCandidate> candidates, long alerts) {

    static SourcesPage of(List<SourceRow> sources, String asked, List<FeedCandidate> candidates) {
        return new SourcesPage(sources, asked, candidates, sources.stream().filter(s -> s.alert() != null).count());
    }
}
