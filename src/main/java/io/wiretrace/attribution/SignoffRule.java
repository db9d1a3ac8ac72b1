package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agency sign-offs closing the body: a last line that is only the credit ("EFE", "(dpa)", "/ritzau/", "dpa/AFP",
 * "(AFP/Reuters)", the editor's initials first: "jl/dpa") or a paragraph ending in one ("... August 11-21. — AFP",
 * "... until June. /AFP", "... sagte er. (dpa/gem)") or in the agency and editor's initials glued to the last sentence
 * ("... in the West. afp/slj") or after it on the last line ("EFE ajg/ml"). Only agencies count (and registry newsrooms listed beside one: "Reuters/Billboard", or
 * alone after a dash on the very last line: "- CNet"), and only in the last lines; photo captions ("— AFP pic",
 * "(REUTERS/Jane Doe)") are refused.
 */
final class SignoffRule implements Rule {

    static final String ID = "signoff.agency";
    private static final int LONG_PARAGRAPH = 150;
    private static final Pattern DASHED = Pattern.compile("^[-—–]{1,2}\\s*\\p{L}");

    /** The whole line is a credit, optionally bracketed, slashed or after a dash ("- NZPA"). */
    private static final Pattern WHOLE_LINE = Pattern.compile(
            "^(?:[(\\[/]|[-—–]{1,2}(?=\\s*\\p{L}))?\\s*(?<credit>[\\p{L}][\\p{L}\\p{N} .,/&\\-]{0,60}?)\\s*[)\\]/]?\\.?$");
    /** The copy's day after the credit, as Der Standard signs: "(APA, red, 5.3.2024)". */
    private static final String COPY_DAY = ",\\s*\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}";

    /** A sentence ending with a dashed or bracketed credit. */
    static final Pattern ENDING = Pattern.compile(
            "(?:\\s[—–-]{1,2}\\s*(?<dashed>[\\p{L}][\\p{L}\\p{N} ,/&\\-]{0,40}?)|\\s*\\((?<bracketed>[\\p{L}][\\p{L}\\p{N} ,/&\\-]{0,40}?)"
                    + "(?:" + COPY_DAY + ")?\\)"
                    // a slash after the last sentence, as wire copy signs off: "... until June. /AFP"
                    // and the regional desk after it: "... bis Juni. /dpa/lby"
                    + "|(?<=[.!?\"”»])\\s+/\\s*(?<slashed>[\\p{L}][\\p{L}\\p{N} ,&\\-]{0,30}?(?:/\\p{Ll}{2,4})?)/?)"
                    + "\\s*\\.?$");

    /** The copy's day closing a credit read whole: "APA, red, 5.3.2024". */
    private static final Pattern COPY_DATE = Pattern.compile(COPY_DAY + "\\s*$");

    /** A sentence's end followed by more on the line. */
    private static final Pattern SENTENCE_THEN_MORE = Pattern.compile("[.!?\"”»]\\s+\\S");

    /** The editor's initials before the agency on a line of their own: "jl/dpa", "ap/AFP". */
    private static final Pattern INITIALS_FIRST = Pattern.compile(
            "^(?<initials>\\p{Ll}{1,4})/(?<agency>\\p{L}{2,12}(?:[/,]\\s*\\p{L}{2,12}){0,2})$");

    /** The agency before its editors' initials on a line of their own, as EFE signs its copy: "EFE ajg/ml". */
    private static final Pattern AGENCY_THEN_INITIALS = Pattern.compile(
            "^[(]?(?<agency>\\p{Lu}{2,12})[)]?\\.?\\s+(?<initials>\\p{Ll}{1,4}(?:/\\p{Ll}{1,4})+)/?$");

    /**
     * A paragraph ending in the agency and the editor's initials after a slash, glued to the text as wire copy prints
     * them ("... in the West. afp/slj", "... gesagt. dpa/gem").
     */
    private static final Pattern INITIALLED = Pattern.compile(
            "\\s(?<agency>\\p{L}{2,12}(?:/\\p{L}{2,12}){0,2})/(?<initials>\\p{Ll}{1,4})\\.?$");

    /** The agency and the editor's initials in brackets of their own, as tech sites sign: "(dpa) / (bme)". */
    private static final Pattern BRACKETED_PAIR = Pattern.compile(
            "^\\((?<agency>\\p{L}[\\p{L}-]{1,11})\\)\\s*/\\s*\\((?<initials>\\p{Ll}{2,4})\\)$");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        boolean gallery = isGallery(view);
        int last = view.blocks().size() - 1;
        for (Block block : candidates(view)) {
            if (block.index() < 1 || PhotoCues.present(block)) {
                continue;
            }
            String text = block.text();
            // the initialled and ending forms need a slash, a dash or a bracket: a line without one is not searched
            boolean slash = text.indexOf('/') >= 0;
            Matcher initialled = INITIALLED.matcher(text);
            int before = found.size();
            if (slash && initialled.find()) {
                // the agency in capitals: "afp" in lower case is not an editor's initials here, its place says so
                String credit = initialled.group("agency").toUpperCase(java.util.Locale.ROOT) + "/"
                        + initialled.group("initials");
                add(view, block, initialled.start("agency"), credit, block.start() + initialled.start() + 1, block.end(),
                        0.8, found, false);
            }
            if (found.size() > before) {
                continue;
            }
            Matcher pair = BRACKETED_PAIR.matcher(block.text());
            if (block.index() >= last - 1 && slash && pair.matches()) {
                add(view, block, pair.start("agency"), pair.group("agency") + "/" + pair.group("initials"), block.start(),
                        block.end(), 0.8, found, false);
                if (found.size() > before) {
                    continue;
                }
            }
            Matcher agencyFirst = AGENCY_THEN_INITIALS.matcher(block.text());
            if (block.index() >= last - 1 && slash && agencyFirst.matches()) {
                add(view, block, agencyFirst.start("agency"), agencyFirst.group("agency"), block.start(), block.end(),
                        0.8, found, false);
                if (found.size() > before) {
                    continue;
                }
            }
            Matcher initialsFirst = INITIALS_FIRST.matcher(block.text());
            if (block.index() >= last - 1 && initialsFirst.matches()) {
                // "rtr/dpa": a first part that is an agency's short form is no editor's initials
                // and neither is one naming an agency in lower case: "sid/dpa" is SID's and dpa's copy
                String initials = initialsFirst.group("initials");
                boolean abbreviated = SignoffAbbreviations.agency(view, initials).isPresent() || initials.length() >= 3
                        && view.targets().agency(initials.toUpperCase(java.util.Locale.ROOT)).isPresent();
                add(view, block, initialsFirst.start("agency"), abbreviated ? block.text() : initialsFirst.group("agency"),
                        block.start(), block.end(), 0.8, found, false);
                if (found.size() > before) {
                    continue;
                }
            }
            Matcher whole = WHOLE_LINE.matcher(block.text());
            if (block.text().length() <= 60 && whole.matches()) {
                // a bare credit line is a sign-off only at the very end, and never among photo captions
                boolean bracketed = !Character.isLetter(block.text().charAt(0));
                if (!bracketed && (gallery || block.index() < last - 1 || inTagList(view, block))) {
                    continue;
                }
                add(view, block, whole.start("credit"), whole.group("credit"), block.start(), block.end(), 0.8,
                        found, DASHED.matcher(block.text()).lookingAt() && block.index() == last);
                if (found.size() > before || !SENTENCE_THEN_MORE.matcher(text).find()) {
                    continue;
                }
                // a short last sentence with its sign-off ("Die Boote werden bis Juni getestet. /dpa"): read the ending
            }
            Matcher ending = ENDING.matcher(block.text());
            if (mayEnd(text, slash) && ending.find() && !isParenthetical(block.text(), ending)) {
                String group = ending.group("dashed") != null ? "dashed"
                        : ending.group("bracketed") != null ? "bracketed" : "slashed";
                int evidenceStart = block.start() + ending.start();
                add(view, block, ending.start(group), ending.group(group), evidenceStart, block.end(), 0.85, found,
                        false);
            }
        }
        return found;
    }

    /** Whether {@link #ENDING} can match: each of its forms needs a dash, an opening bracket or a slash. */
    static boolean mayEnd(String text, boolean slash) {
        return slash || text.indexOf('-') >= 0 || text.indexOf('(') >= 0 || text.indexOf('—') >= 0
                || text.indexOf('–') >= 0;
    }

    /**
     * "... Biology and Calculus (AP)." or "... in Harrisburg (PA).": brackets glued to the last word and closed by the
     * sentence's own full stop gloss that word; a sign-off stands after the sentence ("... weiter. (dpa)").
     */
    private static boolean isParenthetical(String line, Matcher ending) {
        if (ending.group("bracketed") == null || !line.endsWith(".")) {
            return false;
        }
        int open = line.lastIndexOf('(', ending.start("bracketed"));
        return open > 0 && Character.isLetterOrDigit(line.charAt(open - 1 - (line.charAt(open - 1) == ' ' ? 1 : 0)));
    }

    /**
     * The tail lines, plus the last two long paragraphs: extraction may leave "Read also" teasers after the article's
     * real last paragraph, which is where a sign-off sits.
     */
    private static List<Block> candidates(ArticleView view) {
        java.util.LinkedHashSet<Block> blocks = new java.util.LinkedHashSet<>();
        List<Block> all = view.blocks();
        int longOnes = 0;
        for (int i = all.size() - 1; i >= 0 && longOnes < 2; i--) {
            if (all.get(i).text().length() >= LONG_PARAGRAPH) {
                blocks.add(all.get(i));
                longOnes++;
            }
        }
        blocks.addAll(view.tail());
        return new ArrayList<>(blocks);
    }

    private static final Pattern TAG_HEADING = Pattern.compile("(?iu)(?:tags?|topics|themen|schlagwörter|schlagworte|"
            + "etiquetas|temas|tematy|tagi|emner|onderwerpen|mots-clés|argomenti|témák|címkék|štítky|témata)\\s*:?");

    /** "Tags / Economy / Reuters": the last lines below a tag heading are topics, not a sign-off. */
    private static boolean inTagList(ArticleView view, Block block) {
        for (int i = Math.max(0, block.index() - 5); i < block.index(); i++) {
            if (TAG_HEADING.matcher(view.blocks().get(i).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Pages with several short caption-credit lines ("Getty", "GETTY IMAGES") are photo galleries. */
    private static boolean isGallery(ArticleView view) {
        long captions = view.blocks().stream()
                .filter(b -> b.text().length() <= 40 && PhotoCues.present(b))
                .count();
        return captions >= 2;
    }

    private static void add(ArticleView view, Block block, int creditOffset, String signoff, int start, int end,
            double confidence, List<Attribution> found, boolean dashedLastLine) {
        String credit = SignoffMarks.withoutDesk(COPY_DATE.matcher(signoff).replaceFirst(""));
        List<CreditList.Part> parts = CreditList.unnamedAgencies(credit)
                // "Staff and wire reports": the whole line credits unnamed agencies
                ? List.of(new CreditList.Part(credit, 0, credit.length(), Optional.of(Targets.agencies(credit))))
                : CreditList.parse(credit, view.targets(), true);
        if (credit.equals(credit.toLowerCase(java.util.Locale.ROOT))) {
            // a sign-off in lower case, as German papers write it ("(dpa, afp)"): "afp" is an agency, not an
            // editor's initials, when the list read in capitals names only agencies
            List<CreditList.Part> capitals = CreditList.parse(credit.toUpperCase(java.util.Locale.ROOT), view.targets(), true);
            if (CreditList.allResolved(capitals) && capitals.stream().allMatch(p -> p.target().isPresent())) {
                parts = capitals;
            }
        }
        parts = SignoffMarks.abbreviated(view, parts); // "(rtr)", "dpa/rts"
        if (credit.equals(credit.toLowerCase(java.util.Locale.ROOT)) && credit.indexOf('/') < 0
                && parts.stream().anyMatch(p -> p.target().isPresent())) {
            // "(dpa, rtr, afp, ap)", as Deutsche Welle signs: in a comma list beside an agency, "ap" is AP, not an
            // editor's initials (those stand before a slash: "kle/se")
            parts = parts.stream().map(p -> p.target().isPresent() ? p : new CreditList.Part(p.text(), p.start(),
                    p.end(), view.targets().agency(p.text().toUpperCase(java.util.Locale.ROOT)))).toList();
        }
        if (!CreditList.allResolved(parts)) {
            List<CreditList.Part> halves = CreditList.hyphenatedAgencies(credit, view.targets()); // "(ANSA-AFP)."
            parts = halves.isEmpty() ? parts : halves;
        }
        if (!CreditList.allResolved(parts)) {
            // "Reuters/Billboard": an agency with the newsroom that edited its copy; both are credited
            List<CreditList.Part> outlets = CreditList.parse(credit, view.targets(), false);
            boolean withAgency = outlets.stream().anyMatch(p -> p.target().flatMap(t -> view.targets().agency(t.mention()))
                    .isPresent());
            // a last line that is only a dash and one registry newsroom ("- CNet") signs the story off too
            boolean newsroomSignoff = dashedLastLine && outlets.size() == 1
                    && outlets.get(0).target().map(t -> t.key() != null).orElse(false);
            if (CreditList.allResolved(outlets) && (withAgency || newsroomSignoff)) {
                parts = outlets;
            } else {
                parts = SignoffMarks.withInitials(view, credit);
                if (parts.isEmpty()) {
                    return;
                }
            }
        }
        int s = start;
        while (s < end && Character.isWhitespace(view.body().charAt(s))) {
            s++;
        }
        for (CreditList.Part part : parts) {
            if (part.target().isEmpty()) {
                continue;
            }
            Target target = part.target().get();
            found.add(Findings.inBody(view, s, end, Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT,
                    target, confidence, ID, "The article closes with the agency sign-off '" + part.text() + "'."));
        }
    }
}
