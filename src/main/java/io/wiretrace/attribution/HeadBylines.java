package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Byline lines at the head of the body, on a page that marks no byline: "By JASON STRAZIUSO Associated Press Writer",
 * a line that is only an agency's name ("THE CANADIAN PRESS"), a dated line naming agencies, a byline with the
 * writer's desk on the line below. Also the shape tests other rules use for header and tail lines. Stateless.
 */
final class HeadBylines {

    private HeadBylines() {
    }

    /**
     * A byline line at the head of the body ("By JASON STRAZIUSO Associated Press Writer") when the page marks no
     * byline: read like a byline, with its offsets in the body. A head line that is only a wire agency's name ("THE
     * CANADIAN PRESS", "Press Trust Of India"), or a registry newsroom's of two words or more ("The Hollywood
     * Reporter"), is its byline.
     */
    static void read(ArticleView view, List<Attribution> found) {
        for (Block block : view.opening()) {
            String text = block.text();
            if (block.index() >= ArticleView.HEAD_LINES) {
                // below the short lines an old table layout's cell leaves above the story (its menu, the headline):
                // only a "By" line is read there, a lone name may be a menu's
                byLine(view, block, DateStamps.without(DATE_TAIL.matcher(text).replaceFirst("")), found);
                continue;
            }
            List<Target> stamped = DatedCreditLine.agencies(view, text);
            for (Target t : stamped) {
                found.add(Findings.inBody(view, block.start(), block.end(), Findings.BYLINE, AttributionKind.WIRE_CREDIT,
                        t, 0.8, BylineCreditRule.ID, "A dated line above the story names " + t.name() + ", as a byline."));
            }
            if (!stamped.isEmpty()) {
                continue;
            }
            String name = DateStamps.without(DATE_TAIL.matcher(text).replaceFirst(""));
            Optional<Target> agencyLine = name.length() <= AGENCY_LINE && namesOnly(name)
                    ? view.targets().agency(name).or(() -> newsroomLine(view, name)) : Optional.empty();
            if (agencyLine.isPresent()) {
                Target t = agencyLine.get();
                found.add(Findings.inBody(view, block.start(), block.end(), Findings.BYLINE, AttributionKind.WIRE_CREDIT,
                        t, 0.8, BylineCreditRule.ID, "A line above the story names only " + t.name() + ", as a byline."));
                continue;
            }
            byLine(view, block, name, found);
        }
    }

    /**
     * A "By" line: the credits it names, else the desk the line under it names. {@code name} is the line without its
     * date stamps, as the caller read it.
     */
    private static void byLine(ArticleView view, Block block, String name, List<Attribution> found) {
        String text = block.text();
        if (text.length() > 100 || !BY_LINE.matcher(name).find()) {
            return;
        }
        List<Attribution> inLine = new ArrayList<>();
        BylineParser.credits(view, text, Findings.BYLINE, inLine);
        if (inLine.isEmpty()) {
            outletBelow(view, block).ifPresent(found::add);
        }
        for (Attribution a : inLine) {
            found.add(Findings.inBody(view, block.start(), block.end(), Findings.BYLINE, a.kind(), a.target(),
                    a.confidence(), a.rule(), a.reason()));
        }
    }

    /** A line of at most {@value #AGENCY_LINE} characters that is only a wire agency's name ("THE CANADIAN PRESS"). */
    static Optional<Target> agencyOnly(ArticleView view, String line) {
        String name = DATE_TAIL.matcher(line).replaceFirst("");
        return name.length() <= AGENCY_LINE && namesOnly(name) ? view.targets().agency(name) : Optional.empty();
    }

    /** "By" and a name, or a writer's name, a comma and a short credit ("Jane Roe, THE ASSOCIATED PRESS"). */
    static boolean bylineShaped(String line) {
        if (line.length() > 100) {
            return false;
        }
        if (BY_LINE.matcher(line).find()) {
            return true;
        }
        int comma = line.indexOf(',');
        return comma > 0 && line.length() - comma <= 50
                && BylineParser.WRITER_NAME.matcher(line.substring(0, comma).strip()).matches();
    }

    /**
     * A head line that is only a registry newsroom's name of two words or more ("The Hollywood Reporter"), on a page
     * that marks no byline: under a marked byline such a line is the site's own masthead.
     */
    private static Optional<Target> newsroomLine(ArticleView view, String line) {
        String byline = view.article().byline();
        boolean marked = byline != null && !byline.isBlank() || !view.article().authors().isEmpty();
        return line.strip().contains(" ") && !marked
                ? view.targets().known(line).filter(t -> t.key() != null) : Optional.empty();
    }

    /**
     * A byline line followed by a line that is only an outlet's name ("By BARBARA VANCHERI" / "Pittsburgh
     * Post-Gazette"): the writer's desk, printed on two lines.
     */
    private static Optional<Attribution> outletBelow(ArticleView view, Block byline) {
        int next = byline.index() + 1;
        if (next >= view.blocks().size()) {
            return Optional.empty();
        }
        Block below = view.blocks().get(next);
        return deskBelow(view, byline.text(), below.text())
                .map(t -> Findings.inBody(view, byline.start(), below.end(), Findings.BYLINE, AttributionKind.WIRE_CREDIT,
                        t, 0.75, BylineCreditRule.ID, "The line under the byline names the writer's desk, " + t.name() + "."));
    }

    /**
     * The registry outlet a line under a writer's "By" line names as the writer's desk ("By BARBARA VANCHERI" over
     * "Pittsburgh Post-Gazette", "By KAREN WILTSE" over "AP Business Writer"), or none.
     */
    static Optional<Target> deskBelow(ArticleView view, String byline, String line) {
        String writer = Targets.clean(BylineParser.PREFIX.matcher(byline).replaceFirst(""));
        if (!BY_LINE.matcher(byline).find() || !BylineParser.WRITER_NAME.matcher(writer).matches()
                || line.length() > AGENCY_LINE || !namesOnly(line)) {
            return Optional.empty();
        }
        return view.targets().known(BylineParser.ROLE.matcher(line).replaceFirst("")).filter(t -> t.key() != null);
    }

    /**
     * Only words, and several ("Press Trust Of India") or one in capitals ("AFP", "REUTERS"): a single capitalised word alone
     * ("Mehr", German for "more", is also an agency's name) is too often a button or a heading.
     */
    private static boolean namesOnly(String line) {
        String t = line.strip();
        return NAME_WORDS.matcher(t).matches() && (t.contains(" ") || t.equals(t.toUpperCase(java.util.Locale.ROOT)));
    }

    /** A date after the name on a byline line: "Associated Press / December 31, 2007". */
    private static final Pattern DATE_TAIL = Pattern.compile(
            "\\s*[/|,–—-]\\s*(?:\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})\\s*$");

    /** Only words of a name: no copyright sign, brackets or digits ("© AFP" is a copyright line, "(AP)" a dateline). */
    private static final Pattern NAME_WORDS = Pattern.compile("[\\p{L}][\\p{L}.'’ -]*");

    /** "By" and a name, or a broadcaster's "Posted by:" label before one ("Posted by: AP"). */
    private static final Pattern BY_LINE = Pattern.compile("^(?:By|BY|Par|Por|Von|Door|Af|Av|(?:Posted|POSTED) (?:by|BY):?)\\s+\\p{Lu}");
    /** A head line no longer than this that is only an agency's name ("THE CANADIAN PRESS") stands as its byline. */
    private static final int AGENCY_LINE = 40;

}
