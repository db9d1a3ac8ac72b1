package io.wiretrace.feed;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A host's robots.txt rules for one user agent, parsed by crawler-commons' SimpleRobotRulesParser. A robots.txt that
 * could not be read follows the parser's convention: 4xx (none there) allows everything, 5xx or a failure to fetch
 * forbids everything for now. Immutable once built.
 */
public final class RobotsTxt {

    private final BaseRobotRules rules;

    private RobotsTxt(BaseRobotRules rules) {
        this.rules = rules;
    }

    /**
     * @param robotsUrl the robots.txt address
     * @param status    the HTTP status it answered (0 when the fetch failed)
     * @param body      its text when status is 2xx, else ignored
     * @param userAgent the configured User-Agent; its product token ("Wiretrace/0.1 (...)" gives "wiretrace") is the
     *                  agent name matched against the groups
     */
    public static RobotsTxt of(String robotsUrl, int status, String body, String userAgent) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        if (status < 200 || status > 299 || body == null) {
            return new RobotsTxt(parser.failedFetch(status == 0 ? 500 : status));
        }
        SimpleRobotRules rules = parser.parseContent(robotsUrl, body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/plain", List.of(agentName(userAgent)));
        return new RobotsTxt(rules);
    }

    public boolean allows(String url) {
        return rules.isAllowed(url);
    }

    /** The Crawl-delay asked of this agent, or null when none. */
    public Duration crawlDelay() {
        long delay = rules.getCrawlDelay();
        return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? null : Duration.ofMillis(delay);
    }

    /** The {@code Sitemap:} lines. */
    public List<String> sitemaps() {
        return List.copyOf(rules.getSitemaps());
    }

    static String agentName(String userAgent) {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        return token.isEmpty() ? "*" : token.toLowerCase(Locale.ROOT);
    }
}
