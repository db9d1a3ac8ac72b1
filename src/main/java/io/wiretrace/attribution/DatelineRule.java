package io.wiretrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines opening the body: "WASHINGTON (Reuters) -", "PARIS (AFP) –", "(AP) —", "(EFE).-",
 * "London, Jun 11 (efe-epa).-", "Wiesbaden (KNA/iz).", "New Delhi, Oct 30 (PTI) The...", "Bern (sda) -",
 * "New Delhi [India], December 5 (ANI):", "MOSCOW, December 5. /TASS/.", "ROMA (ANSA-AFP) -", a station's "HARBOUR CITY (KABC) --",
 * and the same alone
 * on a line of its own above the story ("(AP)", "QUEENSTOWN, New Zealand (AFP)"). Only the first lines of the
 * body count (after any breadcrumb lines above the story): the same pattern lower down belongs to teasers of other
 * stories.
 */
final class DatelineRule implements Rule {

    static final String ID = "dateline.wire";
    private static final int MAX_START = 1500;

    /** TASS's correspondent before or after its name in the slashes: "/Корр. ТАСС Иван Петров/", "/TASS correspondent/". */
    private static final String CORRESPONDENT = "(?<corr>(?:Корр|Спец\\.\\s?корр|Соб\\.\\s?корр)\\.\\s+)?";
    private static final String CORRESPONDENT_NAME = "(?<name>\\s+(?:correspondent\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}"
            + "|\\s+correspondent)?";

    private static final Pattern DATELINE = Pattern.compile(
            // the place may gloss its country in brackets before a comma ("New Delhi [India], December 5 (ANI):"),
            // its state before that ("Mumbai (Maharashtra) [India], January 5 (ANI):"); the
            // agency stands in brackets, or between slashes as TASS writes it ("MOSCOW, December 5. /TASS/.")
            // a dash may stand between the place and the bracket ("HARBOUR CITY — (AP) —")
            "^(?:[\\p{Lu}](?:[\\p{L}\\p{M}\\p{N}.,'’/\\-–— ]|\\[\\p{Lu}[\\p{L} ]{1,20}\\](?=,)"
                    + "|\\(\\p{Lu}[\\p{L} ]{1,20}\\)(?=\\s*\\[)){0,60}?\\s*)?"
                    + "(?:[(\\[](?<credit>[^()\\[\\]\\n]{1,40})[)\\]]|/" + CORRESPONDENT + "(?<slash>\\p{Lu}(?:[\\p{Lu}-]{1,15}|\\p{Ll}{2,15}))"
                    + CORRESPONDENT_NAME + "/)"
                    + "(?:\\s*(?:\\.?\\s*[-–—―_:]+|\\.-|\\.(?=\\s))|(?=\\s+[\\p{Lu}\"“])|(?=\\s*$))");

    /**
     * A dateline alone on its line: short, only capitalised place words before the bracket, perhaps a date after them
     * and the dash that leads into the story ("WASHINGTON, Jan. 4 (AP) —", printed in a box of its own).
     */
    private static final Pattern PLACE_LINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*,?\\s+){0,4}(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2},?\\s+(?:\\d{4},?\\s+)?"
                    // or the day alone after the place, as Europa Press dates its copy ("MADRID, 5 (EUROPA PRESS)")
                    + "|\\d{1,2}\\s+)?"
                    + "[(\\[][^()\\[\\]]{1,40}[)\\]]\\s*(?:[-–—―]{1,2}\\s*)?$");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.opening()) {
            if (block.start() > MAX_START) {
                break;
            }
            // the story's date may open the same line ("5 days ago MIAMI (AFP) —"): the dateline follows it
            int stamp = DateStamps.leading(block.text());
            String text = block.text().substring(stamp);
            Matcher m = DATELINE.matcher(text);
            if (!m.find() || !correspondentOnly(m)) {
                continue;
            }
            if (m.end() == text.length() && !PLACE_LINE.matcher(text).matches()) {
                continue; // a sentence ending in brackets is no dateline line
            }
            String credit = m.group("credit") != null ? m.group("credit") : m.group("slash");
            List<CreditList.Part> parts = resolveWhole(credit, view);
            int start = block.start() + stamp;
            int end = start + m.end();
            if (!CreditList.allResolved(parts)) {
                stationDateline(view, m, credit, start, end).ifPresent(found::add);
                if (!found.isEmpty()) {
                    break;
                }
                continue;
            }
            boolean agencyOnlyDash = m.group().stripTrailing().endsWith(")") || m.group().stripTrailing().endsWith("]");
            for (CreditList.Part part : parts) {
                part.target().ifPresent(target -> found.add(Findings.inBody(view, start, end, Findings.DATELINE,
                        AttributionKind.DATELINE, target, agencyOnlyDash ? 0.8 : 0.9, ID,
                        "The body opens with a wire dateline crediting " + target.name() + ".")));
            }
            break;
        }
        return found;
    }

    /**
     * A North American broadcast station's call sign: K or W and three letters, a band suffix allowed. Three-letter
     * signs (WGN) count only with their band suffix ("WSB-TV"): alone they read like acronyms ("GENEVA (WHO) -").
     */
    private static final Pattern CALL_SIGN = Pattern.compile(
            "[KW](?:[A-Z]{3}(?:-(?:TV|DT|FM|AM|CD))?|[A-Z]{2}-(?:TV|DT|FM|AM|CD))");

    /**
     * "HARBOUR CITY (KABC) --": a station's dateline, as broadcast groups share their stations' stories. The call
     * sign is no registry name, so only the dashed dateline form counts (a bracket ending a line glosses a word).
     */
    private static java.util.Optional<Attribution> stationDateline(ArticleView view, Matcher m, String credit,
            int start, int end) {
        boolean dashed = m.group().stripTrailing().matches("(?s).*[-–—―]$");
        if (m.group("credit") == null || !dashed || !CALL_SIGN.matcher(credit.strip()).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Findings.inBody(view, start, end, Findings.DATELINE, AttributionKind.DATELINE,
                Targets.unknownName(credit.strip()), 0.7, ID,
                "The body opens with the dateline of the station " + credit.strip() + "."));
    }

    /**
     * The agencies of a dateline printed alone on a line outside the body ("HARBOUR CITY, Valmere (AFP)"), all of
     * its credit resolved; else empty.
     */
    static List<Attribution.Target> placeLineCredits(String line, ArticleView view) {
        // the place must be printed: a bare "(AFP)" above the story is as often a photo's credit
        if (!PLACE_LINE.matcher(line).matches() || !Character.isLetter(line.codePointAt(0))) {
            return List.of();
        }
        Matcher m = DATELINE.matcher(line);
        if (!m.find() || !correspondentOnly(m)) {
            return List.of();
        }
        List<CreditList.Part> parts = resolveWhole(m.group("credit"), view);
        return CreditList.allResolved(parts)
                ? parts.stream().flatMap(p -> p.target().stream()).toList() : List.of();
    }

    /** Words after the agency in the slashes name its correspondent only: "/Корр. ТАСС Иван Петров/", not "/AP Photo/". */
    private static boolean correspondentOnly(Matcher m) {
        String name = m.group("name");
        return name == null || m.group("corr") != null || name.strip().startsWith("correspondent");
    }

    /**
     * "efe-epa" and "dpa-AFX" are names of their own; only split when the whole credit is not one. A dateline's bracket
     * is a credit position, so a name that credits an agency only there ("TNS") counts too.
     */
    private static List<CreditList.Part> resolveWhole(String credit, ArticleView view) {
        var whole = view.targets().known(credit);
        if (whole.isEmpty() && BracketNames.bracketOnly(credit)) {
            whole = BracketNames.agency(view, credit);
        }
        if (whole.isPresent()) {
            String text = Targets.clean(credit);
            return List.of(new CreditList.Part(text, 0, text.length(), whole));
        }
        List<CreditList.Part> parts = CreditList.parse(credit, view.targets(), false);
        if (!CreditList.allResolved(parts)) {
            List<CreditList.Part> halves = CreditList.hyphenatedAgencies(credit, view.targets());
            if (!halves.isEmpty()) {
                return halves;
            }
        }
        return CreditList.orInCapitals(credit, parts, view.targets()); // "Bern (sda)", "Wien (apa)"
    }
}
