package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.MarkupSignal;
import io.wiretrace.outlet.OutletKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copyright lines of a wire agency under the article: "© 2019 The Associated Press. All rights reserved.", "Copyright
 * 2008 by UPI", "(c) Indo-Asian News Service", "© AAP 2008", "Copyright (c) Press Association Ltd. 2008". The agency
 * must open the holder (after the sign, year, "by" or "courtesy of") and the line must be a line of its own, short, in
 * the tail of the body or right under its last long paragraph (a copyright line on a photo caption or in a sidebar is not a credit of the text); a photo cue
 * on the line ("Photo", "Foto", "Getty", "fotobanka") rules it out, and so does a list of more than two agencies (a
 * site-wide line naming all its providers). Only registry outlets count, and outside the article's closing lines
 * only wire agencies: a page's own copyright line is a self-reference, a company name is not a source, and the
 * agency's own sites and its group's publications ({@link MediaGroups}) print its line as their footer. Confidence 0.8: the agency owns the copy, which says it
 * supplied the text, but a line is less direct than a byline. The same line after the article on the page, outside
 * the body (a {@link MarkupSignal.Source#TEXT} signal of the extractor), counts at 0.7.
 */
final class CopyrightLineRule implements Rule {

    static final String ID = "footer.copyright";

    /** "(c)", also in full-width brackets and letter, as Japanese pages print it: "（c）時事通信社", "（Ｃ）共同通信社". */
    private static final String SIGN = "[(（][cＣｃ][)）]";

    private static final Pattern LINE = Pattern.compile(
            // the rights notice may come first: "Tutti i diritti riservati © ANSA", "Alle Rechte vorbehalten. Copyright dpa"
            "(?iu)^(?:(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
                    + "tutti i diritti riservati|riproduzione riservata|todos os direitos reservados|alle rechten voorbehouden)[.,:]?\\s*)?"
                    // Korean notices: "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>" ("copyright holder"), "ⓒ 연합뉴스"
                    + "[(\\[（<]?\\s*(?:저작권자\\s*)?(?:copyright\\s*:?\\s*(?:©|ⓒ|" + SIGN + ")?|[©ⓒ]\\s*(?:copyright)?|" + SIGN + "\\s*(?:copyright)?)\\s*(?:\\d{4}\\s*(?:[-–]\\s*\\d{4}\\s*)?)?,?\\s*"
                    + "(?:by\\s+)?(?:courtesy of\\s+)?(?<holder>.+)$");
    private static final int MAX_LINE = 320;
    private static final Pattern IMAGE_WORDS = Pattern.compile("(?iu)foto|photo|image|bild|picture|video");
    /** Market data and quotes: "Quotes delayed at least 15 minutes. © Thomson Reuters" credits a data feed. */
    private static final Pattern DATA_WORDS = Pattern.compile(
            "(?iu)\\b(?:quotes?|market data|delayed|real-time|prices|kurse|kursdaten|cotizaciones|cotações|cours de bourse|"
                    + "index data|stock data)\\b");

    /** An agency a copyright line names as the holder; the evidence runs from the line's start to {@code end}. */
    private record Holder(int end, Target target) {
    }

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        OutletScanner scanner = new OutletScanner(view.resolver());
        for (Block block : view.closing()) {
            for (Holder h : holders(view, scanner, block.text(), true)) {
                found.add(Findings.inBody(view, block.start(), block.start() + h.end(), Findings.lineLocation(view, block),
                        AttributionKind.WIRE_CREDIT, h.target(), 0.8, ID,
                        "A copyright line under the article names " + h.target().name() + " as the owner of the copy."));
            }
        }
        for (Block block : view.lead()) {
            for (Target t : noticeAgencies(view, block.text())) {
                found.add(Findings.inBody(view, block.start(), block.end(), Findings.BYLINE, AttributionKind.WIRE_CREDIT,
                        t, 0.7, ID, "A copyright notice above the story names " + t.name() + " as the owner of the copy."));
            }
        }
        for (MarkupSignal signal : view.article().markup()) {
            boolean element = ELEMENT.equals(signal.name());
            if (signal.source() != MarkupSignal.Source.TEXT || !"copyright".equals(signal.name()) && !element) {
                continue;
            }
            for (Holder h : holders(view, scanner, signal.value(), false)) {
                found.add(Findings.outside(signal.value().substring(0, h.end()), Findings.FOOTER,
                        AttributionKind.WIRE_CREDIT, h.target(), 0.7, ID, (element
                                ? "The page's copyright element (<copyrightline>, <copyrite>) names "
                                : "A copyright line on the page, after the article, names ")
                                + h.target().name() + " as the owner of the copy."));
            }
        }
        return found;
    }

    /** The extractor's signal for a news markup's copyright element ({@code <copyrightline>}, {@code <copyrite>}). */
    static final String ELEMENT = "copyright-element";

    /**
     * A notice, not a picture's credit: the word "Copyright" or a rights phrase ("Copyright 2008 AFP", "All rights
     * reserved"); a sign and a year ("© 2012 APA/AP") is how pictures are credited too.
     */
    private static final Pattern NOTICE = Pattern.compile(
            "(?iu)^\\W*copyright\\b|rights reserved|rechte vorbehalten|droits réservés|derechos reservados|"
                    + "diritti riservati|direitos reservados|may not be (?:published|reproduced)");

    /**
     * The agencies a full copyright notice on the body's first short lines names as the copy's owner ("Copyright 2008
     * The Associated Press. All rights reserved."), as targets; "© Reuters" or "© 2012 APA/AP" there
     * is a picture's credit as often, so the word "Copyright" or a rights phrase must stand in the line.
     */
    private static List<Target> noticeAgencies(ArticleView view, String line) {
        if (!NOTICE.matcher(line).find()) {
            return List.of();
        }
        return holders(view, new OutletScanner(view.resolver()), line, false).stream().map(Holder::target)
                .filter(t -> view.targets().isAgency(t)).toList();
    }

    /**
     * The holders a copyright line names. {@code inBody}: a line of the article's own closing lines, where another
     * newsroom's copyright ("© The Financial Times Ltd. 2024" under a translated column) says whose copy it is; a
     * site-wide footer outside the body counts only for agencies.
     */
    private static List<Holder> holders(ArticleView view, OutletScanner scanner, String text, boolean inBody) {
        List<Holder> found = new ArrayList<>();
        if (text.length() > MAX_LINE || PhotoCues.present(text)) {
            return found;
        }
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            return found;
        }
        String holder = m.group("holder");
        int holderStart = m.start("holder");
        List<OutletScanner.Hit> hits = scanner.agenciesAnyCase(holder);
        if (inBody && (hits.isEmpty() || !opensHolder(holder, hits.get(0)))) {
            // "©2024 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency": the holder is the
            // newsroom that opens it, not the agency named later
            hits = scanner.outlets(holder).stream().filter(h -> h.mention().contains(" ")).toList();
        }
        if (hits.stream().map(h -> h.outlet().key()).distinct().count() > 2 || IMAGE_WORDS.matcher(holder).find()
                || DATA_WORDS.matcher(text).find()) {
            return found; // a site-wide line listing its providers, photo banks or market data credits no one article
        }
        java.util.Set<String> credited = new java.util.HashSet<>();
        for (OutletScanner.Hit hit : hits) {
            if (!opensHolder(holder, hit) || OutletScanner.partOfLongerName(holder, hit)) {
                break;
            }
            if (!credited.add(hit.outlet().key()) || MediaGroups.BUNDLED.publishes(hit.outlet(), view.ownDomain())) {
                continue; // on the agency's own sites and its group's publications the line is the site's footer
            }
            Optional<Target> target = view.targets().agency(hit.mention())
                    .or(() -> Optional.of(hit.outlet()).filter(o -> o.kind() == OutletKind.WIRE_AGENCY || inBody)
                            .map(o -> new Target(o.key(), o.name(), o.primaryDomain(), hit.mention())));
            int end = Math.min(text.length(), sentenceEnd(text, holderStart + hit.end()));
            target.ifPresent(t -> found.add(new Holder(end, t)));
        }
        return found;
    }

    /**
     * The agency is the holder, or one of the holders joined by "-", "/", "and" ("© Sapa - AFP"): only separators,
     * "The" and a year may precede it.
     */
    private static boolean opensHolder(String holder, OutletScanner.Hit hit) {
        String before = holder.substring(0, hit.start());
        return before.matches("(?iu)(?:\\s*(?:the\\s+|[\\p{L}. ]{2,40}?\\s*(?:[-–/,&]|\\band\\b)\\s*))*\\s*");
    }

    private static int sentenceEnd(String text, int from) {
        int dot = text.indexOf('.', from);
        return dot < 0 ? text.length() : dot + 1;
    }
}
