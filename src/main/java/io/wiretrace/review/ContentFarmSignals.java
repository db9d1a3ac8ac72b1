package io.wiretrace.review;

import io.wiretrace.reuse.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explained content-farm signals for one article, each with evidence and a weight, never a verdict:
 * <ul>
 * <li>{@value #ORIGINAL_SOURCE_FOOTER}: an "Original Source:"-style line in the last {@value #FOOTER_ZONE_PERCENT}%
 * of the text while the review shows most aligned sentences paraphrased (at least {@value #MIN_ALIGNED} aligned): a
 * credit line under a text that is not the credited one's wording. A line "Original Source: …", "Source: …", "Via: …",
 * "Read the original article at: …", or else an original_source or republished_from attribution whose evidence lies
 * there. Needs the review; without it nothing is said.</li>
 * <li>{@value #UNRELATED_BIO}: an author bio (see {@link #authorBio}) with at least {@value #MIN_BIO_TOPIC_WORDS} topic
 * words, none of which occurs in the article before it, when that article has at least {@value #MIN_ARTICLE_WORDS}
 * words (a shorter one says too little about its subject), and when the bio names no outlet, desk, column or
 * contact ("reporter for Breitbart Tech", "Follow him on Twitter"): such staff bios are checkable at once, and a beat
 * reporter's story may stray from the beat. Puffed, contactless bios from a pool of invented authors remain.</li>
 * <li>{@value #COMMENT_BOILERPLATE}: comment-form text ("Leave a Reply", "Your email address will not be
 * published"); common on self-hosted blogs, so it weighs little.</li>
 * <li>{@value #FAST_REWRITE}: published within {@value #FAST_REWRITE_HOURS} hours after its source with most aligned
 * sentences paraphrased. Needs both dates and the review.</li>
 * <li>{@value #SHARED_BIO}: the caller's index counts at least {@value #SHARED_BIO_MIN} other articles with this
 * article's bio fingerprint.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ContentFarmSignals {

    public static final String ORIGINAL_SOURCE_FOOTER = "original-source-footer-on-rewrite";
    public static final String UNRELATED_BIO = "unrelated-author-bio";
    public static final String COMMENT_BOILERPLATE = "comment-form-boilerplate";
    public static final String FAST_REWRITE = "fast-paraphrased-rewrite";
    public static final String SHARED_BIO = "shared-author-bio";
    static final int FOOTER_ZONE_PERCENT = 40;
    static final int MIN_ALIGNED = 3;
    static final double MOSTLY = 0.5;
    static final int FAST_REWRITE_HOURS = 12;
    static final int SHARED_BIO_MIN = 3;
    static final int MIN_BIO_TOPIC_WORDS = 2;
    static final int MIN_ARTICLE_WORDS = 80;

    /** An outlet, desk, column or contact in a bio: a staff bio an auditor can check directly, not a pooled one. */
    private static final Pattern STAFF_BIO = Pattern.compile("\\b(?:journalist|writer|reporter|editor|correspondent"
            + "|author|contributor|columnist)s? (?:for|at|with) (?:the )?\\p{Lu}|\\b(?:column|desk|staff|bureau)\\b"
            + "|(?i:follow (?:him|her|them|me)\\b|twitter|e-?mail|@\\w{2,})");
    private static final Pattern COMMENT_FORM = Pattern.compile("(?i)\\b(?:leave a (?:reply|comment)|your email address"
            + " will not be published|required fields are marked|save my name, email,? and website)");

    private final TextNormalizer normalizer;
    private final AuthorBios bios;

    public ContentFarmSignals(TextNormalizer normalizer) {
        this.normalizer = normalizer;
        this.bios = new AuthorBios(normalizer);
    }

    /** The signals found, in the order of the list above. */
    public List<Signal> signals(SignalInput in) {
        String body = in.article().bodyText();
        List<Signal> out = new ArrayList<>();
        RewriteSignals.footer(in.article(), in.review()).ifPresent(out::add);
        Optional<AuthorBio> bio = bios.find(body);
        bio.flatMap(b -> unrelated(b, body)).ifPresent(out::add);
        boilerplate(body).ifPresent(out::add);
        RewriteSignals.fastRewrite(in).ifPresent(out::add);
        bio.filter(b -> in.otherArticlesSharingBio() >= SHARED_BIO_MIN).map(b -> new Signal(SHARED_BIO,
                "The same author bio appears on " + in.otherArticlesSharingBio() + " other articles; one bio reused across"
                        + " outlets or topics suggests an invented byline.", b.text(), b.start(), b.end(), 0.5))
                .ifPresent(out::add);
        return out;
    }

    /** The article's author bio paragraph, if it has one: what the caller fingerprints and indexes. */
    public Optional<AuthorBio> authorBio(String bodyText) {
        return bios.find(bodyText == null ? "" : bodyText);
    }

    /**
     * A stable fingerprint of a bio text: the first 16 hex digits of SHA-256 over its normalised words, so spacing,
     * case and punctuation differences between outlets do not matter.
     */
    public String bioFingerprint(String bio) {
        String words = normalizer.normalizePhrase(bio);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    private Optional<Signal> unrelated(AuthorBio bio, String body) {
        if (bio.topicWords().size() < MIN_BIO_TOPIC_WORDS || words(body, bio.start()) < MIN_ARTICLE_WORDS
                || STAFF_BIO.matcher(bio.text()).find()
                || !bios.presentIn(bio.topicWords(), body, bio.start(), body.length()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Signal(UNRELATED_BIO, "The author bio gives the subject " + bio.topicWords()
                + ", and none of these words occurs in the article: check that the named author wrote it.",
                bio.text(), bio.start(), bio.end(), 0.4));
    }

    private static int words(String body, int end) {
        return body.substring(0, end).split("\\s+").length;
    }

    private static Optional<Signal> boilerplate(String body) {
        Matcher m = COMMENT_FORM.matcher(body);
        if (!m.find()) {
            return Optional.empty();
        }
        int start = m.start();
        int end = m.end();
        while (m.find()) {
            end = m.end();
        }
        return Optional.of(new Signal(COMMENT_BOILERPLATE, "The text carries comment-form boilerplate, typical of"
                + " template sites that publish in bulk (and of many ordinary blogs).", body.substring(start, end), start,
                end, 0.1));
    }

}
