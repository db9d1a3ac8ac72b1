package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The feeds a homepage announces: {@code <link rel="alternate">} elements of a feed media type, in page order. */
public final class FeedLinks {

    /** A feed link: absolute URL, the kind its type names, its title (or null). */
    public record Link(String url, String kind, String title) {
    }

    private static final Map<String, String> KINDS = Map.of(
            "application/rss+xml", "rss",
            "application/atom+xml", "atom",
            "application/rdf+xml", "rdf",
            "application/feed+json", "json_feed",
            "application/json", "json_feed");

    private FeedLinks() {
    }

    public static List<Link> in(String html, String baseUrl) {
        Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        List<Link> links = new ArrayList<>();
        for (Element link : page.select("link[rel~=(?i)\\balternate\\b][type][href]")) {
            String kind = KINDS.get(link.attr("type").trim().toLowerCase(Locale.ROOT));
            String url = link.absUrl("href");
            if (kind != null && !url.isEmpty() && links.stream().noneMatch(l -> l.url().equals(url))) {
                String title = link.attr("title").strip();
                links.add(new Link(url, kind, title.isEmpty() ? null : title));
            }
        }
        return links;
    }
}
