package io.wiretrace.verdict;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What a finding says, in a form that survives reanalysis and rematching: never a row id or an offset. Two findings
 * with equal {@link #identity()} make the same claim (the same articles, kind, target and evidence text); the
 * {@link #context()} (a little text around the evidence) tells apart the same claim made twice in one article and
 * is only a tie-breaker ({@link Reattachment}), so a changed paragraph around a credit does not orphan its verdict.
 *
 * <p>Articles are named by their URL identity key ({@code url:https://host/path}), or by the SHA-256 of their
 * content when they have no URL ({@code text:…}); see {@link #article}.
 *
 * @param type     attribution, reuse or hop
 * @param identity the claim: articles, kind, target and normalised evidence text, joined by {@code |}
 * @param context  normalised text around the evidence ({@value #CONTEXT_CHARS} characters each side), empty when the
 *                 evidence is not in the body text or the finding has no text of its own (reuse, hops)
 */
public record FindingKey(FindingType type, String identity, String context) {

    /** Characters of body text kept on each side of an attribution's evidence. */
    public static final int CONTEXT_CHARS = 40;

    public FindingKey {
        Objects.requireNonNull(type, "finding type");
        Objects.requireNonNull(identity, "finding identity");
        context = context == null ? "" : context;
    }

    /**
     * How a stored article is named in keys: its URL identity key, else the SHA-256 of its content (the first article
     * without URL holding that content).
     */
    public static String article(String urlKey, String contentSha256) {
        if (urlKey != null && !urlKey.isBlank()) {
            return "url:" + urlKey;
        }
        return "text:" + Objects.requireNonNull(contentSha256, "content hash of an article without URL");
    }

    /**
     * As {@link #article(String, String)} for article {@code id}, where {@code firstWithContent} is the first article
     * without URL holding the same content: a later one (the same text posted for another outlet, or under another
     * title or date, is another article) is named with its id too ({@code text:<sha>#<id>}), so a verdict on one never
     * shows on the other.
     */
    public static String article(String urlKey, String contentSha256, long id, long firstWithContent) {
        String key = article(urlKey, contentSha256);
        return key.startsWith("text:") && id != firstWithContent ? key + "#" + id : key;
    }

    /** How a credited party is named: its registry key, else its domain, else its normalised name. */
    public static String target(String outletKey, String domain, String name) {
        if (outletKey != null && !outletKey.isBlank()) {
            return "outlet:" + outletKey.toLowerCase(Locale.ROOT);
        }
        if (domain != null && !domain.isBlank()) {
            return "domain:" + domain.toLowerCase(Locale.ROOT);
        }
        return "name:" + normalize(name);
    }

    /**
     * An attribution: the article, its kind, the credited party and the evidence text, with the body text around the
     * evidence when it lies in the body ({@code start}/{@code end} into {@code body}; either may be null).
     */
    public static FindingKey attribution(String article, String kind, String target, String evidenceText,
                                         String body, Integer start, Integer end) {
        return new FindingKey(FindingType.ATTRIBUTION, String.join("|", article, kind, target, normalize(evidenceText)),
                context(body, start, end));
    }

    /** A reuse match of one class between two articles, in either order. */
    public static FindingKey reuse(String articleA, String articleB, String matchClass) {
        boolean ordered = articleA.compareTo(articleB) <= 0;
        return new FindingKey(FindingType.REUSE, String.join("|", ordered ? articleA : articleB,
                ordered ? articleB : articleA, matchClass), "");
    }

    /**
     * A hop: the edge from a derived node to its source, each named as {@link #article} names articles (outlets and
     * credited URLs by their own stable ids). The edge's kind is not part of it: a verdict on a hop covers its edge,
     * whatever evidence later makes it a credit or a syndication.
     */
    public static FindingKey hop(String from, String to) {
        return new FindingKey(FindingType.HOP, from + "|" + to, "");
    }

    /** SHA-256 (hex) of type and identity: the indexed column verdicts are looked up by. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((type.wireName() + "\n" + identity).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** NFKC, lower case, runs of white space as one space, trimmed; empty for null. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String context(String body, Integer start, Integer end) {
        if (body == null || start == null || end == null || start < 0 || end > body.length() || start > end) {
            return "";
        }
        String before = body.substring(Math.max(0, start - CONTEXT_CHARS), start);
        String after = body.substring(end, Math.min(body.length(), end + CONTEXT_CHARS));
        return normalize(before) + " … " + normalize(after);
    }
}
