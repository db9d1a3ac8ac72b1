package io.wiretrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits saying the text uses agency material: "With inputs from PTI", "Additional reporting by Reuters",
 * "(Con información de AFP, EFE y Reuters)", "Mit Material von dts", "Com informações da Reuters",
 * "This report contains material from Reuters", "Some information for this report was provided by AFP and AP", "Le Monde avec AFP", "(avec AFP)", "Staff and agencies",
 * "Met informatie van ANP", "Na podstawie PAP".
 * Only agencies (or unnamed agencies) are reported: "additional reporting by Jane Doe" names a person.
 */
final class MaterialCreditRule implements Rule {

    static final String ID = "credit.agency-material";

    private static final String LIST = "(?<credit>[\\p{L}\\p{N}][\\p{L}\\p{N}'’ .,/&\\-]{0,80}?)";
    /** The list's end; a German credit sentence closes with its verb ("... der dpa erstellt."). */
    private static final String END = "(?:\\s+(?:erstellt|verfasst|entstanden|erarbeitet|geschrieben))?\\s*(?:[).;]|$)";

    /**
     * Phrases that introduce agency material; the list follows. The punctuation before a phrase is looked at, not taken,
     * so a sign-off's second credit is found after its first ("Reporting by Jane Roe; additional reporting by Reuters").
     */
    private static final Pattern INTRO = Pattern.compile("(?iu)(?:^(?:[-–—]{0,2}|\\*{1,2})|[(\\[]|(?<=[.;!?])\\s)\\s*(?:"
            + "(?:with )?(?:additional )?(?:inputs?|reporting|material|information|input and reporting) (?:from|by)"
            + "|with (?:agency )?inputs from|(?:this (?:report|story|article) )?(?:contains|includes|uses) (?:material|information|reporting) from"
            + "|material from|information from"
            + "|(?:some )?(?:information|material|reporting) (?:for|in) this (?:report|story|article) "
            + "(?:was|were|is|has been) (?:provided|supplied|contributed) by"
            + "|con (?:información|informaciones|datos) (?:de|del)|con material de|fuentes?:? agencias y"
            + "|com informa(?:ção|ções) (?:da|do|de|das|dos)|com material (?:da|do|de)"
            + "|(?:mit )?material (?:von|der|des)|unter verwendung von material (?:von|der|des)"
            + "|avec (?:les )?informations? (?:de|d'|du)|d'après (?:des )?dépêches (?:de|d'|du)"
            + "|con (?:informazioni|materiale) (?:di|da|dell['’]|della|dall['’]|della)"
            + "|(?:met )?(?:informatie|materiaal) van|na podstawie(?: informacji| materiałów)?"
            // Canadian "With files from The Canadian Press", German "Mit Informationen von", Nordic "Med materiale fra NTB"
            + "|with (?:files|reports) from|mit informationen (?:von|der|des)"
            // "Dieser Text wurde mit Material der dpa erstellt.", "Der Artikel basiert auf Material von AFP."
            + "|(?:dieser|der) (?:text|artikel|beitrag|bericht) (?:wurde|ist) (?:mit|unter verwendung von) "
            + "(?:material|informationen) (?:von|der|des)"
            + "|(?:dieser|der) (?:text|artikel|beitrag|bericht) basiert auf (?:material|informationen) (?:von|der|des)"
            + "|(?:dieser|der) (?:text|artikel|beitrag|bericht) (?:entstand (?:mit|unter verwendung von)|enthält) "
            + "(?:material|informationen) (?:von|der|des)"
            + "|mit agenturmaterial (?:von|der|des)"
            // "Dieser Beitrag stammt von der Nachrichtenagentur dpa.", "Der Artikel stammt von dpa."
            + "|(?:dieser|der) (?:text|artikel|beitrag|bericht) stammt (?:von|aus)(?: der| dem| den)?"
            + "|med (?:materiale|material|stoff) (?:fra|från|frå)"
            // Russian "По материалам ТАСС" ("based on TASS material"), Dutch "Dit bericht is afkomstig van ANP."
            + "|по материалам|(?:dit|het) (?:bericht|artikel|nieuwsbericht) is afkomstig van"
            + ")(?:\\s+|(?<=['’]))(?:l'|l’|la |el |der |die |the |a |o |las agencias |agencias )?" + LIST + END);

    /**
     * "avec AFP", "con EFE", "com agências", "mit dpa", "with AFP", "D'après l'AFP" (French: "after AFP", the
     * dispatch the text is based on), Vietnamese "(Theo TTXVN)" ("after VNA"): in brackets or as a short credit line.
     */
    private static final Pattern WITH = Pattern.compile(
            "(?iu)(?<lead>^|[(\\[])\\s*\\**\\s*(?<before>[^()\\[\\]]{0,40}?)\\s*(?:\\b(?:with|avec|con|com|mit|med|met)\\s+|"
                    + "(?<![\\p{L}])d['’]apr[èe]s\\s+|(?<![\\p{L}])theo\\s+)"
                    + "(?:l'|l’|la |el |der |the |a |o )?" + LIST + "\\s*(?:[)\\]]|\\.?$)");

    /** Lead-ins of a short credit line that may precede "with AFP": nothing, a byline or a desk name. */
    private static final Pattern CREDIT_LEAD = Pattern.compile(
            "(?iu)^(?:|by .*|par .*|por .*|von .*|staff|(?:(?:da|de la|della|la) )?(?:" + Desks.WORDS + ")|"
                    + "[\\p{L}.' ]{2,30} staff|.*\\b(?:writer|reporter|correspondent|journalist|desk))$");

    /** "X contributed to this report" names agencies in the subject. */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?iu)\\s(?:also )?contributed (?:reporting )?to this (?:report|story|article)"
                    // "Reuters contributed reporting.", "Associated Press writers Jane Roe and John Doe contributed."
                    + "|\\s(?:also )?contributed(?: reporting)?(?=\\s*(?:[.;]|$))"
                    // "AP writer Tom Lake contributed from Harbour City."
                    + "|\\s(?:also )?contributed(?: reporting)? from \\p{Lu}[\\p{L}.'’-]*(?:,? \\p{Lu}[\\p{L}.'’-]*){0,3}"
                    + "(?=\\s*(?:[.;]|$))");
    /** Words that make an agency named just after them a person's past employer. */
    static final Pattern FORMER = Pattern.compile(
            "(?iu)\\b(?:former|ex-|one-?time|retired|previously (?:with|at|of)|ehemalige[rn]?|ancien(?:ne)?|antigu[oa]|"
                    + "ex)\\s*(?:the\\s+)?$");
    private static final Pattern TRAILING_CONNECTOR = Pattern.compile(
            "(?iu)(?:\\s+(?:and|y|e|et|und|og|en|i|oraz|&|the|la|el|da|do|de|der|die))+$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])");
    private static final Pattern CONNECTOR = Pattern.compile(
            "(?iu)(?:and|y|e|et|und|og|en|i|oraz|a|&|the|la|el|da|do|das|dos|de|del|der|die|von|l'|l’|agencia|agência)");

    /**
     * A line saying the story was put together from unnamed agencies' copy, as American papers close or sign such
     * stories: "From wire reports", "Compiled from wire services", "From staff and wire reports", "Compiled by Jane Roe
     * from news services".
     */
    private static final Pattern FROM_WIRES = Pattern.compile(
            "(?iu)^[-–—(\\[]*\\s*(?:compiled\\s+(?:by\\s+[^.;]{2,40}?\\s+)?)?from\\s+(?<credit>(?:staff\\s+and\\s+)?"
                    + "(?:wire|news)\\s+(?:services|service reports|reports))\\s*[.)\\]]?$");

    /** Every pattern needs one of these words. */
    private static final Keywords KEYWORDS = new Keywords("input", "reporting", "material", "information",
            "informaci", "informaç", "informazion", "contributed", "with ", "avec ", "con ", "com ", "mit ", "med ",
            "met ", "stammt", "wire", "материал", "afkomstig", "theo ", "news serv", "après", "aprés", "dépêches", "fuente", "verwendung", "informatie", "materiaal", "podstawie");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.blocks()) {
            String text = block.text();
            if (!KEYWORDS.in(block) || PhotoCues.present(block)) {
                continue;
            }
            Matcher fromWires = FROM_WIRES.matcher(text);
            if (fromWires.matches()) {
                found.add(Findings.inBody(view, trim(view, block.start(), block.end()), block.end(),
                        Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT,
                        Targets.agencies(fromWires.group("credit")), 0.8, ID,
                        "The story is compiled from unnamed agencies' reports."));
                continue;
            }
            Matcher intro = INTRO.matcher(text);
            for (int from = 0; Starts.find(intro, text, from, MaterialCreditRule::introStart); from = intro.end()) {
                addParts(view, block, intro.start("credit"), intro.group("credit"), intro, false, found);
            }
            Matcher with = WITH.matcher(text);
            if (Starts.find(with, text, 0, (s, i) -> i == 0 || s.charAt(i) == '(' || s.charAt(i) == '[')
                    && isCreditLine(view, with, text)) {
                addParts(view, block, with.start("credit"), with.group("credit"), with, true, found);
            }
            if (!mayContribute(block)) {
                continue;
            }
            Matcher contributed = CONTRIBUTED.matcher(text);
            while (contributed.find()) {
                int subjectStart = sentenceStart(text, contributed.start());
                String subject = text.substring(subjectStart, contributed.start());
                if (!contributed.group().toLowerCase(java.util.Locale.ROOT).contains("to this") && !nameList(subject)) {
                    continue; // "..., when Reuters reported that Norway contributed." is no credit line
                }
                possessiveNewsroom(view, block, subject, subjectStart, contributed.end(), found);
                if (CreditList.unnamedAgencies(subject)) {
                    // "Wire services contributed to this report."
                    int start = block.start() + subjectStart;
                    int end = block.start() + contributed.end();
                    found.add(Findings.inBody(view, trim(view, start, end), end, Findings.lineLocation(view, block),
                            AttributionKind.WIRE_CREDIT, Targets.agencies(subject.strip()), 0.8, ID,
                            "Unnamed agencies are credited as contributing to the report."));
                    continue;
                }
                for (OutletScanner.Hit hit : new OutletScanner(view.resolver()).agencies(subject)) {
                    if (FORMER.matcher(subject.substring(0, hit.start())).find()
                            || OutletScanner.partOfLongerName(subject, hit)) {
                        continue; // "Tom Roe, a former AP reporter, contributed" credits a person, not the agency
                    }
                    int start = block.start() + subjectStart;
                    int end = block.start() + contributed.end();
                    var target = view.targets().agency(hit.mention());
                    target.ifPresent(t -> found.add(Findings.inBody(view, trim(view, start, end), end,
                            Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT, t, 0.85, ID,
                            t.name() + " is credited as contributing to the report.")));
                }
            }
        }
        bylineMaterial(view, found);
        return found;
    }

    /** Where {@link #INTRO} can start: the line's start, a bracket, or a space after a sentence's end. */
    private static boolean introStart(String s, int i) {
        char c = s.charAt(i);
        return i == 0 || c == '(' || c == '[' || Starts.isSpace(c) && ".;!?".indexOf(s.charAt(i - 1)) >= 0;
    }

    /**
     * Whether {@link #CONTRIBUTED} can match: its matches hold "contributed", which the lower-cased line holds too,
     * unless written with a Turkish dotted or dotless I that the regex's case folding reads as i.
     */
    private static boolean mayContribute(Block block) {
        return block.lower().contains("contributed") || block.text().indexOf('ı') >= 0
                || block.text().indexOf('İ') >= 0;
    }

    /** A desk name opening a byline before its material credit. */
    private static final Pattern DESK = Pattern.compile(
            "(?iu)^(?:la )?(?:" + Desks.WORDS + "|staff)\\s*[,:]?\\s*");

    /** "Redacción con información de EFE", "Staff, with AFP": the byline credits the agency material itself. */
    private static void bylineMaterial(ArticleView view, List<Attribution> found) {
        String byline = view.article().byline();
        if (byline == null || byline.length() > 120 || !KEYWORDS.in(byline) || PhotoCues.present(byline)) {
            return;
        }
        String line = byline.strip();
        Matcher fromWires = FROM_WIRES.matcher(line);
        Matcher m = INTRO.matcher(DESK.matcher(line).replaceFirst(""));
        String credit = fromWires.matches() ? fromWires.group("credit") : m.find() ? m.group("credit") : null;
        Matcher with = WITH.matcher(line);
        if (credit == null && with.find() && CREDIT_LEAD.matcher(lead(with)).matches()) {
            credit = with.group("credit");
        }
        if (credit == null) {
            return;
        }
        for (CreditList.Part part : CreditList.parse(cutAtProse(credit, view.targets()), view.targets(), true)) {
            part.target().ifPresent(t -> found.add(Findings.outside(line, Findings.BYLINE, AttributionKind.WIRE_CREDIT,
                    t, 0.85, ID, "The byline credits material from " + t.name() + ".")));
        }
    }

    /** "CNN's Jane Roe", "The Washington Post’s John Doe and Jane Roe": a newsroom's own reporters at the start. */
    private static final Pattern POSSESSIVE = Pattern.compile(
            "^(?<outlet>(?:The )?\\p{Lu}[\\p{L}\\p{N}.&-]*(?: \\p{Lu}[\\p{L}\\p{N}.&-]*){0,4})['’]s? \\p{Lu}");

    /**
     * "CNN's Jane Roe contributed to this report": a newsroom (agencies are read below) credited through its reporter,
     * when the subject is that one possessive and a list of names. The page's own newsroom is no credit.
     */
    private static void possessiveNewsroom(ArticleView view, Block block, String subject, int subjectStart, int end,
                                           List<Attribution> found) {
        Matcher m = POSSESSIVE.matcher(subject.strip());
        if (!m.find() || !nameList(subject.strip().substring(m.end("outlet")).replaceFirst("^['’]s?", ""))) {
            return;
        }
        view.targets().known(m.group("outlet")).filter(t -> view.targets().agency(m.group("outlet")).isEmpty())
                .ifPresent(t -> {
                    int start = block.start() + subjectStart;
                    found.add(Findings.inBody(view, trim(view, start, block.start() + end), block.start() + end,
                            Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT, t, 0.8, ID,
                            t.name() + "'s reporter is credited as contributing to the report."));
                });
    }

    /** Lower-case words a bare "X contributed." credit may hold besides names: roles, places, connectors. */
    private static final Pattern CREDIT_WORD = Pattern.compile(
            "(?iu)and|&|the|also|in|from|of|writers?|reporters?|correspondents?|journalists?|staff|photographers?|"
                    + "producers?|editors?|researchers?|news|video|contributors?");

    /** The subject is a list of names and roles ("Associated Press writers Jane Roe in Rome and John Doe"). */
    private static boolean nameList(String subject) {
        for (String word : subject.split("[\\s,;]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && !CREDIT_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return !subject.isBlank() && subject.length() <= 160;
    }

    private static int sentenceStart(String text, int before) {
        int start = 0;
        Matcher m = SENTENCE_BREAK.matcher(text);
        while (m.find() && m.end() <= before) {
            start = m.end();
        }
        return start;
    }

    /** A bracketed credit "(avec AFP)" or a short credit line "Le Monde avec AFP", not "he spoke with Reuters". */
    private static boolean isCreditLine(ArticleView view, Matcher with, String text) {
        String before = lead(with);
        boolean creditLead = CREDIT_LEAD.matcher(before).matches() || view.targets().known(before).isPresent();
        return creditLead && (!with.group("lead").isEmpty() || text.length() <= 80);
    }

    /** What stands before "with": "Da Redação," reads as the desk "Da Redação". */
    private static String lead(Matcher with) {
        String before = with.group("before").strip();
        return before.endsWith(",") ? before.substring(0, before.length() - 1).strip() : before;
    }

    /** The credit list ends where prose starts: "the Associated Press was used in..." gives "the Associated Press". */
    static String cutAtProse(String credit, Targets targets) {
        Matcher word = Pattern.compile("\\S+").matcher(credit);
        boolean first = true;
        while (word.find()) {
            String w = Targets.clean(word.group());
            boolean lower = !w.isEmpty() && Character.isLowerCase(w.charAt(0));
            if (!first && lower && !CONNECTOR.matcher(w).matches() && targets.agency(w).isEmpty()) {
                return TRAILING_CONNECTOR.matcher(credit.substring(0, word.start()).strip()).replaceFirst("");
            }
            first = false;
        }
        return credit;
    }

    private static void addParts(ArticleView view, Block block, int creditStart, String credit, Matcher m,
            boolean requireAll, List<Attribution> found) {
        String read = CreditList.unnamedAgencies(credit) ? credit.strip() : cutAtProse(credit, view.targets());
        if (requireAll && !read.equals(credit.strip())) {
            return; // "D'après l'AFP, le président a démissionné.": a citation opening a sentence, not a credit line
        }
        List<CreditList.Part> parts = CreditList.parse(read, view.targets(), true);
        if (requireAll ? !CreditList.allResolved(parts) : parts.stream().noneMatch(p -> p.target().isPresent())) {
            return;
        }
        int start = trim(view, block.start() + m.start(), block.start() + m.end());
        int end = block.start() + m.end();
        for (CreditList.Part part : parts) {
            part.target().ifPresent(t -> found.add(Findings.inBody(view, start, end, Findings.lineLocation(view, block),
                    AttributionKind.WIRE_CREDIT, t, 0.85, ID,
                    "The text credits material from " + t.name() + ".")));
        }
    }

    private static int trim(ArticleView view, int start, int end) {
        int s = start;
        while (s < end && !Character.isLetterOrDigit(view.body().charAt(s)) && view.body().charAt(s) != '(') {
            s++;
        }
        return s;
    }
}
