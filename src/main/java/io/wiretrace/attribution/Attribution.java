package io.wiretrace.attribution;

/**
 * One statement of where the article's content came from.
 *
 * @param kind       what sort of statement
 * @param target     the credited party
 * @param evidence   the exact text or markup
 * @param confidence 0..1, how sure the rule is that this names the content's source
 * @param rule       id of the rule that fired (e.g. "footer.original-source")
 * @param reason     one human-readable sentence saying why
 */
public record Attribution(
        AttributionKind kind, Target target, Evidence evidence, double confidence, String rule, String reason) {

    /**
     * The credited party.
     *
     * @param key     outlet key when resolved through the registry, else null
     * @param name    outlet name (registry name, else the mention cleaned up)
     * @param domain  outlet domain when known
     * @param mention the raw text that named it
     * @param url     the credited page: a link inside the credit, or the URL the credit names; null when none
     */
    public record Target(String key, String name, String domain, String mention, String url) {

        /** A target whose credit names no page. */
        public Target(String key, String name, String domain, String mention) {
            this(key, name, domain, mention, null);
        }

        /** The credited page: {@link #url()}, else the mention when it is an http(s) URL, else null. */
        public String creditedUrl() {
            if (url != null) {
                return url;
            }
            return mention != null && (mention.startsWith("http://") || mention.startsWith("https://")) ? mention : null;
        }

        /** The same target with this credited page. */
        public Target withUrl(String pageUrl) {
            return new Target(key, name, domain, mention, pageUrl);
        }
    }

    /**
     * Where the statement is.
     *
     * @param text     exact text or attribute/tag as it appears
     * @param location body, byline, dateline, footer, meta, jsonld or link
     * @param start    offset into the article's bodyText, or null when the evidence is not in the body text
     * @param end      end offset (exclusive), or null
     */
    public record Evidence(String text, String location, Integer start, Integer end) {
    }
}
