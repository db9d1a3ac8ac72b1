package io.wiretrace.attribution;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.TextMeasure;
import io.wiretrace.outlet.Domains;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletNames;
import io.wiretrace.outlet.OutletResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the rules read: the extracted article, its body split into lines with offsets, the page's own outlet and the
 * resolver. Built once per detection and read by one thread; immutable apart from a cache filled on first use.
 */
final class ArticleView {

    /** How many lines at the start of the body count as its head (header lines, datelines). */
    static final int HEAD_LINES = 5;
    /** At most this many short lines above the first sentence of prose are passed over by {@link #head()}. */
    static final int MAX_LEAD_LINES = 8;
    /** How many lines at the end of the body count as its tail (sign-offs, footers). */
    static final int TAIL_LINES = 6;

    // plural forms only: a lone "Comment" or "Kommentar" labels an opinion piece, not reader comments
    private static final Pattern COMMENTS_HEADING = Pattern.compile("(?iu)^(?:\\d+\\s+comment|(?:\\d+\\s+)?(?:"
            + "(?:reader |user )?comments|kommentare|leserkommentare|kommentarer|comentarios|comentários|commentaires|"
            + "commenti|reacties|komentarze|hozzászólások|komentáře|diskuse|leave a (?:reply|comment)|"
            + "join the (?:discussion|conversation)|"
            + "show comments|laisser un commentaire|deja (?:un|tu) comentario|lascia un commento|deixe (?:um|seu) comentário|"
            + "schreibe einen kommentar|dodaj komentarz))(?:\\s*\\(\\d+\\))?\\s*:?$");

    private final ExtractedArticle article;
    private final OutletResolver resolver;
    private final Targets targets;
    private final List<Block> blocks;
    /** The body lower-cased char for char (see {@link #lowerBody()}), or null. */
    private final String lowerBody;
    private final String ownDomain;
    private final Outlet ownOutlet;

    ArticleView(ExtractedArticle article, OutletResolver resolver) {
        this.article = article;
        this.resolver = resolver;
        this.targets = new Targets(resolver);
        this.lowerBody = lowerCharForChar(article.bodyText());
        this.blocks = withoutComments(split(article.bodyText(), lowerBody));
        String site = article.siteDomain() != null ? article.siteDomain()
                : Domains.looksLikeDomain(article.siteName()) ? article.siteName() : null;
        this.ownDomain = ownDomain(article, resolver, Domains.registrableDomain(site));
        this.ownOutlet = ownOutlet(article, resolver, ownDomain);
    }

    ExtractedArticle article() {
        return article;
    }

    String body() {
        return article.bodyText();
    }

    /**
     * The body lower-cased once for every rule that reads it so, when each char lower-cases alone: then any span of it
     * is that span of the body lower-cased on its own (a line's {@link Block#lower()}). Null when lower-casing changes
     * the length ('İ') or reads the context (a final 'Σ'): each line is then lower-cased on its own.
     */
    String lowerBody() {
        return lowerBody;
    }

    private static String lowerCharForChar(String body) {
        if (body.indexOf('\u03A3') >= 0) {
            return null;
        }
        String lower = body.toLowerCase(Locale.ROOT);
        return lower.length() == body.length() ? lower : null;
    }

    private String bodyWords;

    /**
     * Whether a line read outside the body (a header or tail line) is also a line of the body, written with other
     * spaces or punctuation ("Valmere Times ." where a link ended): read there already, it is not read twice.
     */
    boolean inBody(String line) {
        if (bodyWords == null) {
            bodyWords = WordChars.only(body());
        }
        String words = WordChars.only(line);
        return !words.isEmpty() && bodyWords.contains(words);
    }

    /** The page's language without its region, lower case ("nl" for "nl-NL"), or "" when the page states none. */
    String primaryLanguage() {
        String language = article.language();
        return language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    OutletResolver resolver() {
        return resolver;
    }

    Targets targets() {
        return targets;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The first lines of the body. */
    List<Block> head() {
        return blocks.subList(0, Math.min(HEAD_LINES, blocks.size()));
    }

    /**
     * Where the story opens: {@value #HEAD_LINES} lines, not counting the short ones before the first sentence of
     * prose (breadcrumbs, a date, the site's URL), which extraction sometimes leaves above the story.
     */
    List<Block> opening() {
        return blocks.subList(0, Math.min(leadCount() + HEAD_LINES, blocks.size()));
    }

    /**
     * The short lines above the story's first long paragraph (at most {@value #MAX_LEAD_LINES}, each shorter than
     * {@value #LONG_PARAGRAPH} characters): bylines, dates, credits; none when no paragraph is long.
     */
    List<Block> lead() {
        int lead = 0;
        while (lead < blocks.size() && lead < MAX_LEAD_LINES && blocks.get(lead).text().length() < LONG_PARAGRAPH) {
            lead++;
        }
        return lead == blocks.size() || lead == MAX_LEAD_LINES ? List.of() : blocks.subList(0, lead);
    }

    private int leadCount() {
        int lead = 0;
        while (lead < blocks.size() && lead < MAX_LEAD_LINES && !isProse(blocks.get(lead).text())) {
            lead++;
        }
        return lead == blocks.size() ? 0 : lead;
    }

    private static boolean isProse(String text) {
        return TextMeasure.wordsUpTo(text, 8) >= 8;
    }

    /** The last lines of the body. */
    List<Block> tail() {
        return blocks.subList(Math.max(0, blocks.size() - TAIL_LINES), blocks.size());
    }

    /** A paragraph at least this long is article prose; short lines after the last one are its closing lines. */
    static final int LONG_PARAGRAPH = 120;
    /** A copyright notice's opening: "Copyright 2008 …", "© 2008 …", "(c) …". */
    private static final Pattern NOTICE = Pattern.compile("(?iu)^\\W{0,2}(?:copyright\\b|©|\\(c\\)\\s)");
    /** How many lines right after the last long paragraph count as closing lines. */
    static final int CLOSING_LINES = 3;

    /**
     * The tail, plus the few lines right under the last long paragraph: extraction may leave share buttons, "Sponsored
     * links" and reader tips after the story, pushing its copyright or credit line out of the last lines. Lines above
     * the first long paragraph are never closing lines.
     */
    List<Block> closing() {
        int last = blocks.size() - 1;
        // a copyright notice is no paragraph, however long ("Copyright 2008 The Associated Press. All rights reserved.
        // This material may not be published, broadcast, rewritten or redistributed.")
        while (last >= 0 && (blocks.get(last).text().length() < LONG_PARAGRAPH || NOTICE.matcher(blocks.get(last).text()).lookingAt())) {
            last--;
        }
        java.util.LinkedHashSet<Block> lines = new java.util.LinkedHashSet<>();
        if (last >= 1) { // a story of one paragraph has no closing lines apart from its tail
            lines.addAll(blocks.subList(last + 1, Math.min(blocks.size(), last + 1 + CLOSING_LINES)));
        }
        lines.addAll(tail());
        // a short story's tail reaches its head: a photo's "© Reuters" above the first paragraph closes nothing
        int first = 0;
        while (first < blocks.size() && blocks.get(first).text().length() < LONG_PARAGRAPH) {
            first++;
        }
        if (first < blocks.size()) {
            lines.removeAll(blocks.subList(0, first));
        }
        return List.copyOf(lines);
    }

    /** The head and the tail lines, without repeating lines of a short body. */
    List<Block> headAndTail() {
        if (blocks.size() <= HEAD_LINES + TAIL_LINES) {
            return blocks;
        }
        List<Block> both = new ArrayList<>(head());
        both.addAll(tail());
        return both;
    }

    /** Registrable domain of the page, or null. */
    String ownDomain() {
        return ownDomain;
    }

    /** The page's own outlet when the registry knows it. */
    Optional<Outlet> ownOutlet() {
        return Optional.ofNullable(ownOutlet);
    }

    /**
     * The site's registrable domain. When the page URL was unknown the extractor falls back to the canonical, which on
     * a syndicated copy is the original's domain; if og:url and the site name both name another domain ("MSN",
     * msn.com), that one is the page's own.
     */
    private static String ownDomain(ExtractedArticle article, OutletResolver resolver, String site) {
        String canonical = firstSignal(article, "canonical");
        String og = firstSignal(article, "og:url");
        if (site == null || canonical == null || og == null || !site.equals(canonical) || og.equals(canonical)) {
            return site;
        }
        String siteName = article.siteName();
        if (siteName == null || siteName.isBlank()) {
            return site;
        }
        boolean named = resolver.byName(siteName)
                .map(o -> o.domains().stream().anyMatch(d -> og.equals(Domains.registrableDomain(d))))
                .orElse(false);
        String label = og.substring(0, og.indexOf('.'));
        return named || OutletNames.normalize(siteName).replace(" ", "").equals(label) ? og : site;
    }

    private static String firstSignal(ExtractedArticle article, String name) {
        return article.markup().stream()
                .filter(m -> name.equalsIgnoreCase(m.name()) && m.value() != null)
                .map(m -> Domains.registrableDomain(m.value()))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static Outlet ownOutlet(ExtractedArticle article, OutletResolver resolver, String ownDomain) {
        Optional<Outlet> byDomain = resolver.byDomain(ownDomain);
        if (byDomain.isPresent()) {
            return byDomain.get();
        }
        return article.siteName() == null ? null : resolver.byName(article.siteName()).orElse(null);
    }

    /**
     * The lines before a reader-comment section: readers quote and accuse ("This was republished from X without
     * credit!"), which says nothing about where the article came from. A heading in the head lines is a link to the
     * comments, not their start.
     */
    private static List<Block> withoutComments(List<Block> lines) {
        for (int i = HEAD_LINES; i < lines.size(); i++) {
            if (COMMENTS_HEADING.matcher(lines.get(i).text()).matches()) {
                return lines.subList(0, i);
            }
        }
        return lines;
    }

    private static List<Block> split(String body, String lowerBody) {
        List<Block> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= body.length()) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            int s = pos;
            int e = end;
            while (s < e && Character.isWhitespace(body.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                String text = body.substring(s, e);
                lines.add(lowerBody == null ? new Block(text, s, e, lines.size())
                        : new Block(text, s, e, lines.size(), lowerBody.substring(s, e)));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return List.copyOf(lines);
    }
}
