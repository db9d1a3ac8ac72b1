package io.wiretrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits saying the text uses agency material: "With inputs from PTI", "Additional reporting by Reuters",
 * "(Con información de AFP, EFE y Reuters)", "Mit Material von dts", "Com informações da Reuters",
 * "This report contains material from Reuters", "Some information for this report was provided by AFP and AP",
 * "Le Monde avec AFP", "(avec AFP)", "Staff and agencies", "Met informatie van ANP", "Na podstawie PAP", "(With agency
 * inputs)", "Wire services were used in compiling this report." Only agencies (or unnamed agencies) are reported:
 * "additional reporting by Jane Doe" names a person. "X contributed to this report" is {@link ContributedCreditRule}'s.
 */
final class MaterialCreditRule implements Rule {

    static final String ID = "credit.agency-material";

    /** The credited names; vowel signs (\\p{M}) belong to the words of Indic scripts ("पीटीआई"). */
    private static final String LIST = "(?<credit>[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’ .,/&\\-]{0,80}?)";
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
            + "|(?:met )?(?:informatie|materiaal) van|na podstawie(?: informacji| materiałów)?:?"
            // Greek "Με πληροφορίες από ΑΠΕ-ΜΠΕ" ("with information from"), Romanian "Cu informaţii de la Agerpres"
            + "|με πληροφορίες (?:από|του|της|των)(?: το| την| τον| τα| τους)?"
            + "|cu informa(?:ţ|ț|t)ii (?:de la|preluate de la)"
            // Canadian "With files from The Canadian Press", German "Mit Informationen von", Nordic "Med materiale fra NTB"
            + "|with (?:files|reports) from|mit informationen (?:von|der|des)"
            // "Dieser Text wurde mit Material der dpa erstellt.", "Der Artikel basiert auf Material von AFP."
            + "|(?:dieser|der) (?:text|artikel|beitrag|bericht) (?:wurde|ist) (?:mit|unter verwendung von) "
            + "(?:material|informationen) (?:von|der|des)"
            + "|(?:dieser|der) (?:text|artikel|beitrag|bericht) basiert auf (?:material|informationen|(?:einer )?meldung(?:en)?) "
            + "(?:von|der|des)"
            + "|(?:dieser|der) (?:text|artikel|beitrag|bericht) (?:entstand (?:mit|unter verwendung von)|enthält) "
            + "(?:material|informationen) (?:von|der|des)"
            + "|mit agenturmaterial (?:von|der|des)"
            // "Dieser Beitrag stammt von der Nachrichtenagentur dpa.", "Der Artikel stammt von dpa."
            + "|(?:dieser|der) (?:text|artikel|beitrag|bericht) stammt (?:von|aus)(?: der| dem| den)?"
            + "|med (?:materiale|material|stoff) (?:fra|från|frå)"
            // Russian "По материалам ТАСС" ("based on TASS material"), Dutch "Dit bericht is afkomstig van ANP."
            + "|по материалам|(?:dit|het) (?:bericht|artikel|nieuwsbericht) is afkomstig van"
            // Russian "На основе материалов РИА Новости", Ukrainian "За матеріалами Укрінформу", Hindi "(इनपुट: पीटीआई)"
            + "|на основе материалов|за матеріалами|इनपुट\\s*[:\\-–]"
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
            "(?iu)^(?:|by .*|par .*|por .*|von .*|door .*|av .*|af .*|staff|(?:(?:da|de la|della|la) )?(?:" + Desks.WORDS + ")|"
                    + "[\\p{L}.' ]{2,30} staff|.*\\b(?:writer|reporter|correspondent|journalist|desk))$");

    private static final Pattern TRAILING_CONNECTOR = Pattern.compile(
            "(?iu)(?:\\s+(?:and|y|e|et|und|og|en|i|oraz|&|the|la|el|da|do|de|der|die))+$");
    private static final Pattern CONNECTOR = Pattern.compile(
            "(?iu)(?:and|y|e|et|und|og|en|i|oraz|a|&|the|la|el|da|do|das|dos|de|del|der|die|von|l'|l’|agencia|agência)");

    /**
     * A line saying the story was put together from unnamed agencies' copy, as American papers close or sign such
     * stories: "From wire reports", "Compiled from wire services", "From staff and wire reports", "Compiled by Jane Roe
     * from news services".
     */
    private static final Pattern FROM_WIRES = Pattern.compile(
            "(?iu)^[-–—(\\[]*\\s*(?:(?:compiled\\s+(?:by\\s+[^.;]{2,40}?\\s+)?)?from\\s+(?<credit>(?:staff\\s+and\\s+)?"
                    + "(?:wire|news)\\s+(?:services|service reports|reports))"
                    // Indian papers' "(With agency inputs)", "With Agency Inputs"
                    + "|with\\s+(?<inputs>agency|agencies['’]?|wire|news agency|news agencies['’]?)\\s+inputs?)\\s*[.)\\]]?$");

    /**
     * A credit line naming what "was used" for the report: "Wire services were used in compiling this report.",
     * "Reuters was used in this report."
     */
    private static final Pattern USED = Pattern.compile(
            "(?iu)^[-–—(\\[]*\\s*(?<credit>\\p{L}[\\p{L}\\p{N}'’ .,&-]{1,80}?)\\s+(?:were|was|have been|has been) used "
                    + "(?:in (?:compiling |preparing |writing )?|to (?:compile|prepare|write) )this (?:report|story|article)"
                    + "\\s*[.)\\]]?$");

    /** Every pattern needs one of these words. */
    private static final Keywords KEYWORDS = new Keywords("input", "reporting", "material", "information",
            "informaci", "informaç", "informazion", "with ", "avec ", "con ", "com ", "mit ", "med ",
            "met ", "stammt", "wire", "news serv", " used ", "материал", "afkomstig", "theo ", "après", "aprés",
            "dépêches", "fuente", "verwendung", "informatie", "materiaal", "podstawie", "πληροφορ", "informaţ",
            "informaț", "informatii", "матеріал", "इनपुट", "meldung");

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
                        Targets.agencies(unnamedCredit(fromWires)), 0.8, ID,
                        "The story is compiled from unnamed agencies' reports."));
                continue;
            }
            Matcher used = USED.matcher(text);
            if (used.matches() && addParts(view, block, used.start("credit"), used.group("credit"), used, true, found)) {
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
        }
        bylineMaterial(view, found);
        return found;
    }

    /** The unnamed agencies a {@link #FROM_WIRES} line credits: "wire reports", or "agency" of "with agency inputs". */
    private static String unnamedCredit(Matcher fromWires) {
        return fromWires.group("credit") != null ? fromWires.group("credit") : fromWires.group("inputs");
    }

    /** Where {@link #INTRO} can start: the line's start, a bracket, or a space after a sentence's end. */
    private static boolean introStart(String s, int i) {
        char c = s.charAt(i);
        return i == 0 || c == '(' || c == '[' || Starts.isSpace(c) && ".;!?".indexOf(s.charAt(i - 1)) >= 0;
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
        String credit = fromWires.matches() ? unnamedCredit(fromWires) : m.find() ? m.group("credit") : null;
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

    /** Adds a credit for each party of the list that resolves; whether it added any. */
    private static boolean addParts(ArticleView view, Block block, int creditStart, String credit, Matcher m,
            boolean requireAll, List<Attribution> found) {
        String unnamed = unnamedPrefix(credit);
        String read = unnamed != null ? unnamed : cutAtProse(credit, view.targets());
        if (requireAll && !read.equals(credit.strip())) {
            return false; // "D'après l'AFP, le président a démissionné.": a citation opening a sentence, not a credit line
        }
        List<CreditList.Part> parts = CreditList.parse(read, view.targets(), true);
        if (requireAll ? !CreditList.allResolved(parts) : parts.stream().noneMatch(p -> p.target().isPresent())) {
            return false;
        }
        int start = trim(view, block.start() + m.start(), block.start() + m.end());
        int end = block.start() + m.end();
        for (CreditList.Part part : parts) {
            part.target().ifPresent(t -> found.add(Findings.inBody(view, start, end, Findings.lineLocation(view, block),
                    AttributionKind.WIRE_CREDIT, t, 0.85, ID,
                    "The text credits material from " + t.name() + ".")));
        }
        return true;
    }

    /**
     * The unnamed agencies a credit opens with, up to where prose starts: "wire services" of "wire services was used in
     * this report"; null when it opens with none.
     */
    static String unnamedPrefix(String credit) {
        if (CreditList.unnamedAgencies(credit)) {
            return credit.strip();
        }
        String[] words = credit.strip().split("\\s+");
        for (int n = words.length - 1; n > 0; n--) {
            String prefix = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (CreditList.unnamedAgencies(prefix) && Character.isLowerCase(words[n].codePointAt(0))) {
                return prefix;
            }
        }
        return null;
    }

    static int trim(ArticleView view, int start, int end) {
        int s = start;
        while (s < end && !Character.isLetterOrDigit(view.body().charAt(s)) && view.body().charAt(s) != '(') {
            s++;
        }
        return s;
    }
}
