package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.SourceLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source labels in header and footer lines: "Original Source: www.france24.com", "Source: PTI", "Fuente: EFE",
 * "Fonte: Agência Brasil", "(Quelle: SWR)", "Źródło: PAP", "Kilde: Ritzau", "Bron: ANP". The label must start the
 * line or a segment of it ("22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: ..."), so "Bildquelle:" and photo
 * segments do not count; lines in the middle of the body (chart and table sources) are not read. A value naming no
 * known outlet is reported only when it is one short name ("Source: Zillow"), never for lists of data sources.
 */
final class SourceLabelRule implements Rule {

    static final String ID = "footer.source";

    /**
     * Any source label of many languages ("Quelle", "Fuente", "Источник", "来源", "المصدر"; the one data list,
     * {@link SourceLabels}) as a regex alternation, longest first; compile it case-insensitive.
     */
    static final String ANY_LABEL = SourceLabels.ANY;

    private static final Pattern LABEL = Pattern.compile(
            // full-width brackets too, as Chinese and Japanese pages write them: "（来源：新华社）"
            "(?iu)(?:^|[|•·(\\[（【]\\s*|\\s[-–—/|]\\s*)(?<label>" + ANY_LABEL + ")\\s*[:：]\\s*"
                    + "(?<value>[^|()\\[\\]（）【】\\n•·]+?)\\s*(?=$|[)\\]|•·）】]|\\s[-–—/]\\s)");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)\\b(?:photo|foto|image|getty|shutterstock|twitter|facebook|instagram|youtube|tiktok|wikipedia|"
                    + "wikimedia|unsplash|pexels|pixabay|screenshot|own|eigene?|propia|própria|archive|archiv|data|"
                    + "survey|statisti\\p{L}*|estad[ií]stic\\p{L}*|census|department|ministry|\\p{L}*ministerium|\\p{L}*amt|"
                    + "bureau|office|institute|"
                    + "institut|university|universität|report|study|studie|estudio|press release|pressemitteilung|"
                    + "company|government|regierung|gobierno|police|polizei|policía|\\b\\d+\\b|"
                    // public bodies and international institutions publish data and statements, not news copy
                    + "council|ministerio|ministério|minist[eè]re|ministero|governo|prefeitura|polícia|scb|ssb|ministerstwo|ministerie|ministeriet|bundes\\p{L}*|"
                    + "nhs|bank|banco|banque|fund|imf|oecd|eurostat|istat|ine|insee|destatis|ibge|ons|ksh|gus|factset|"
                    + "refinitiv|lseg|statista|morningstar|google|bluesky|mastodon|threads|^x$)");

    /** Values that name no news source: the own newsroom, a handout, a company or data service (a data file). */
    static final WordList NOT_A_SOURCE = WordList.load("/attribution/not-a-source.txt");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.headAndTail()) {
            if (creditsAnEmbeddedItem(view, block)) {
                continue;
            }
            // LABEL and CLOSING_LABEL both need a colon after the label: a line without one is not searched
            boolean colon = block.text().indexOf(':') >= 0 || block.text().indexOf('：') >= 0;
            Matcher m = LABEL.matcher(block.text());
            int before = found.size();
            while (colon && m.find()) {
                if (PhotoCues.present(block.text().substring(0, m.start("label")))) {
                    continue; // "Featured image: Jane Roe | Source: Reuters": the picture's source
                }
                int valueEnd = block.start() + m.end("value");
                int evidenceStart = block.start() + m.start("label");
                boolean shortLine = block.text().length() <= 100;
                for (Target target : withoutPublicBodies(targets(view, m.group("value"), shortLine))) {
                    boolean known = target.key() != null || target.domain() != null;
                    found.add(Findings.inBody(view, evidenceStart, valueEnd, Findings.lineLocation(view, block),
                            AttributionKind.ORIGINAL_SOURCE, target, known ? 0.85 : 0.6, ID,
                            "A '" + m.group("label") + ":' label names " + target.name() + " as the source."));
                }
            }
            if (found.size() == before) {
                cjkLabel(view, block, found);
            }
            if (colon && found.size() == before) {
                closingLabel(view, block, found);
            }
        }
        labelOnItsOwnLine(view, found);
        labelWithoutColon(view, found);
        String byline = view.article().byline();
        if (byline != null) {
            int before = found.size();
            Matcher m = LABEL.matcher(byline);
            while (m.find()) {
                // "来源：新华网 2024-03-05": the byline's date is not part of the name
                for (Target target : targets(view, DateStamps.without(m.group("value")), true)) {
                    found.add(Findings.outside(byline.strip(), Findings.BYLINE, AttributionKind.ORIGINAL_SOURCE,
                            target, 0.8, ID, "The byline's '" + m.group("label") + ":' label names " + target.name()
                                    + " as the source."));
                }
            }
            if (found.size() == before) {
                cjkBylineLabel(view, byline.strip(), found);
            }
        }
        return found;
    }

    /** "2024-03-05 10:32 来源：人民网", "입력 2024.03.05 출처: 연합뉴스": a CJK label among a byline's fields. */
    private static void cjkBylineLabel(ArticleView view, String byline, List<Attribution> found) {
        for (CjkSourceFields.Field f : CjkSourceFields.of(view, byline)) {
            found.add(Findings.outside(byline, Findings.BYLINE, AttributionKind.ORIGINAL_SOURCE, f.target(), 0.8, ID,
                    "The byline's '" + f.label() + "：' field names " + f.target().name() + " as the source."));
        }
    }

    private static void cjkLabel(ArticleView view, Block block, List<Attribution> found) {
        for (CjkSourceFields.Field f : CjkSourceFields.of(view, block.text())) {
            found.add(Findings.inBody(view, block.start() + f.start(), block.start() + f.end(),
                    Findings.lineLocation(view, block), AttributionKind.ORIGINAL_SOURCE, f.target(), 0.8, ID,
                    "A '" + f.label() + "：' field of the line names " + f.target().name() + " as the source."));
        }
    }

    /**
     * A label that closes a paragraph after its last sentence, where a pasted text or a page without line breaks puts
     * the footer ("… the talks would continue. Original Source: www.france24.com"): the value runs to the paragraph's
     * end, is a short one (a name or domain, not a sentence), and resolves to a known outlet or domain.
     */
    private static void closingLabel(ArticleView view, Block block, List<Attribution> found) {
        Matcher m = CLOSING_LABEL.matcher(block.text());
        if (!m.find() || m.group("value").split("\\s+").length > 5) {
            return;
        }
        for (Target target : withoutPublicBodies(targets(view, m.group("value"), true))) {
            if (target.key() == null && target.domain() == null) {
                continue; // an unknown name closing a sentence may be anything: only a known outlet or a domain
            }
            found.add(Findings.inBody(view, block.start() + m.start("label"), block.start() + m.end("value"),
                    Findings.lineLocation(view, block), AttributionKind.ORIGINAL_SOURCE, target, 0.8, ID,
                    "A '" + m.group("label") + ":' label closing the paragraph names " + target.name()
                            + " as the source."));
        }
    }

    private static final Pattern CLOSING_LABEL = Pattern.compile(
            "(?u)(?<=[.!?…»”\"']\\s{1,3})(?<label>(?i:" + ANY_LABEL + "))\\s*[:：]\\s*"
                    + "(?<value>[^|()\\[\\]（）【】\\n•·:：]{2,80}?)\\s*[.]?$");

    /**
     * A line right under a line that announces an embedded item ("Latest updates in our live blog:", "Watch:") credits
     * that item (a teaser, a video, a photo), not the article.
     */
    private static boolean creditsAnEmbeddedItem(ArticleView view, Block block) {
        if (block.index() == 0) {
            return false;
        }
        String above = view.blocks().get(block.index() - 1).text();
        return above.endsWith(":") && !BARE_LABEL.matcher(above).matches();
    }

    private static final Pattern BARE_LABEL = Pattern.compile(
            "(?iu)^(?<label>" + ANY_LABEL + ")\\s*[:：]$");

    /** "Source:" as a line of its own in the tail, the source's name on the next line ("Source:" / "1UP"). */
    private static void labelOnItsOwnLine(ArticleView view, List<Attribution> found) {
        List<Block> tail = view.tail();
        for (int i = 0; i + 1 < tail.size(); i++) {
            Matcher m = BARE_LABEL.matcher(tail.get(i).text());
            Block value = tail.get(i + 1);
            if (!m.matches() || value.text().length() > 40) {
                continue;
            }
            for (Target target : targets(view, value.text(), true)) {
                boolean known = target.key() != null || target.domain() != null;
                found.add(Findings.inBody(view, tail.get(i).start(), value.end(), Findings.lineLocation(view, value),
                        AttributionKind.ORIGINAL_SOURCE, target, known ? 0.85 : 0.6, ID,
                        "A '" + m.group("label") + ":' label names " + target.name() + " as the source."));
            }
        }
    }

    /** "Source Associated Press" as a short tail line of its own, as some sites print the label without a colon. */
    private static final Pattern LABEL_NO_COLON = Pattern.compile(
            "(?u)^(?<label>Source|Sources|SOURCE|Quelle|QUELLE|Fuente|FUENTE|Fonte|FONTE|Bron|Kilde)\\s+(?<value>\\p{L}[^:：]{1,50})$");

    /** Only a registry outlet counts after a label without its colon ("Source code", "Quelle Tobias Koch" do not). */
    private static void labelWithoutColon(ArticleView view, List<Attribution> found) {
        for (Block block : view.tail()) {
            Matcher m = LABEL_NO_COLON.matcher(block.text());
            if (!m.matches() || PhotoCues.present(block)) {
                continue;
            }
            view.targets().known(m.group("value")).filter(t -> t.key() != null).ifPresent(t -> found.add(
                    Findings.inBody(view, block.start(), block.end(), Findings.lineLocation(view, block),
                            AttributionKind.ORIGINAL_SOURCE, t, 0.75, ID,
                            "A '" + m.group("label") + "' label names " + t.name() + " as the source.")));
        }
    }

    static List<Target> targets(ArticleView view, String value, boolean shortLine) {
        String cleaned = Desks.withoutSlashed(Targets.clean(value));
        if (PublicBodyInitials.publicBody(view, cleaned)) {
            return List.of(); // "Bron: CBS" on a Dutch page: the statistics office, not the American network
        }
        String unwrapped = CjkSourceWrappers.without(cleaned);
        if (!unwrapped.equals(cleaned) && CreditList.allResolved(CreditList.parse(unwrapped, view.targets(), false))) {
            cleaned = unwrapped; // "新华社客户端", the agency's app; "综合新华社、央视新闻", compiled from both
        }
        if (DataSources.named(cleaned)) {
            return List.of();
        }
        if (NOT_A_SOURCE.inText(cleaned) && view.targets().agency(cleaned).isEmpty()) {
            return List.of(); // "Redacción", "Yahoo Finance", "Harbour Ferries Ltd": no source of the text
        }
        Optional<Target> whole = view.targets().known(cleaned);
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        Matcher named = NAME_AND_LINK.matcher(cleaned);
        if (named.matches()) {
            // "The Valmere Times, http://www.valmeretimes.example": the link says which site, the name what it is called
            String name = named.group("name").strip();
            String link = named.group("url");
            String path = java.net.URI.create(link).getPath();
            String article = path == null || path.length() <= 1 ? null : link; // a page's link: the credited article
            return view.targets().byUrl(link, name)
                    .map(t -> new Target(t.key(), t.key() != null ? t.name() : name, t.domain(), t.mention(), article))
                    .map(List::of).orElse(List.of());
        }
        if (PhotoCues.present(cleaned)) {
            return List.of(); // "AFP/Getty Images", "dpa/picture alliance"
        }
        List<CreditList.Part> parts = CreditList.parse(cleaned, view.targets(), false);
        if (cleaned.equals(cleaned.toLowerCase(java.util.Locale.ROOT)) && !CreditList.allResolved(parts)) {
            // "Quelle: sid/dpa": agencies written in lower case, as German sites do, resolve when read in capitals
            List<CreditList.Part> capitals = CreditList.parse(cleaned.toUpperCase(java.util.Locale.ROOT), view.targets(), true);
            if (capitals.stream().allMatch(p -> p.target().isPresent())) {
                parts = capitals;
            }
        }
        if (cleaned.contains("/") && !CreditList.allResolved(parts)) {
            return List.of(); // "Reuters/Jane Roe": an agency and its photographer credit a picture
        }
        if (parts.size() > 1 && parts.stream().anyMatch(p -> p.target().isEmpty() && DataSources.part(p.text()))) {
            return List.of(); // "Sources: Reuters, company reports", "Company filings, Bloomberg": a chart's data
        }
        List<Target> known = parts.stream().flatMap(p -> p.target().stream())
                .filter(t -> !PublicBodyInitials.publicBody(view, t.mention())).toList();
        if (!known.isEmpty() || parts.size() > 1) {
            return known;
        }
        if (DataSources.productOfAnOutlet(view, cleaned)) {
            return List.of();
        }
        return isPlainName(cleaned) && shortLine ? List.of(Targets.unknownName(cleaned)) : List.of();
    }

    /** A name and its site's address, as agency state wires print "Information from:" lines. */
    private static final Pattern NAME_AND_LINK = Pattern.compile(
            "(?u)(?<name>\\p{Lu}[^,/:]{1,80}),\\s*(?<url>https?://[\\w.-]+\\.[a-z]{2,}(?:/\\S*)?)");

    /** gov, mil, edu and their national forms: a public body or a university publishes data, not news copy. */
    private static final Pattern PUBLIC_DOMAIN = Pattern.compile(
            "(?i)(?:^|\\.)(?:gov|gob|gouv|go|govt|mil|edu|ac|int)(?:\\.[a-z]{2})?$");

    /** Whether the domain is a public body's or a university's ({@link #PUBLIC_DOMAIN}); false for null. */
    static boolean publicSite(String domain) {
        return domain != null && PUBLIC_DOMAIN.matcher(domain).find();
    }

    /**
     * A source label whose name the registry lacks and whose link goes to a public body's or a university's site
     * ("Source: NASA" linking nasa.gov): the link says what the label names, a publisher of data, not of news copy.
     */
    static boolean namesPublicBody(Attribution a) {
        Target t = a.target();
        if (!ID.equals(a.rule()) || t.key() != null) {
            return false;
        }
        String domain = t.domain() != null ? t.domain() : t.url() == null ? null : io.wiretrace.outlet.Domains.registrableDomain(t.url());
        return publicSite(domain);
    }

    static List<Target> withoutPublicBodies(List<Target> targets) {
        return targets.stream()
                .filter(t -> t.key() != null || !publicSite(t.domain()))
                .toList();
    }

    /** A name in a script without letter case (Chinese, Japanese, Korean): "人民日报海外版", "新华网". */
    private static boolean caseless(String value) {
        return value.codePoints().allMatch(cp -> Character.isLetter(cp) && !Character.isUpperCase(cp)
                && !Character.isLowerCase(cp));
    }

    /** A name opening with digits glued to capitals or letters: "1UP", "9to5Mac", not "2023 Census". */
    private static final Pattern GLUED_DIGITS = Pattern.compile("\\d+\\p{L}");

    /** One short capitalised name without data-source or photo words. */
    private static boolean isPlainName(String value) {
        if (caseless(value)) {
            return value.length() >= 2 && value.length() <= 20 && !NOT_A_NAME.matcher(value).find()
                    && !NOT_A_SOURCE.inText(value);
        }
        String[] words = value.split("\\s+");
        boolean capital = Character.isUpperCase(value.codePointAt(0))
                || Character.isDigit(value.codePointAt(0)) && GLUED_DIGITS.matcher(value).lookingAt();
        return words.length <= 4 && value.length() >= 2 && capital
                && !NOT_A_NAME.matcher(value).find() && value.length() <= 40 && CreditedName.looksLikeName(value)
                && !NOT_A_SOURCE.inText(value) && !PersonNames.isPerson(value); // "Quelle: Hanna Berg", the author
    }
}
