package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.outlet.Domains;
import io.wiretrace.outlet.OutletKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one byline-like line for the agencies and outlets it credits: "By Jane Doe, Associated Press", "Par AFP",
 * "Von David Hutzler, dpa", "By JASON STRAZIUSO Associated Press Writer", "Staff and agencies". Only the text of the
 * line is parsed here; which lines count as bylines is {@link BylineCreditRule}'s and {@link HeadBylines}' decision.
 * Stateless.
 */
final class BylineParser {

    private BylineParser() {
    }

    static final Pattern PREFIX = Pattern.compile(
            "(?iu)^(?:(?:by|posted by|from|par|por|von|af|av|door|di|da|od|przez|oleh|autor(?:in|a)?|text|texto|story|reporting)"
                    + "\\s*:?\\s+"
                    // the French article elided before an agency: "Par l'AFP"
                    + "(?:l['’](?=\\p{Lu}))?"
                    // a desk before the agency ("Redazione ANSA", "Redacción EFE"), not before "con agencias"
                    + "|(?:" + Desks.WORDS + ")\\s*:?\\s+"
                    + "(?!(?:con|avec|mit|with|com|met|y|e|et|und|and|&)\\s))");
    private static final Pattern EMBEDDED_PREFIX = Pattern.compile(
            "(?u)(?<=\\s)(?:[Bb]y|[Aa]f|[Aa]v|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Oo]d|[Pp]rzez)\\s+");
    private static final Pattern ROLE_VERB = Pattern.compile("(?iu)(?:\\p{L}ed|presented|paid for)\\s+$");
    /** Where the credited desk filed from, after its name: "Associated Press in Valencia", "Reuters in Berlin". */
    private static final Pattern IN_PLACE = Pattern.compile(
            "(?u)\\s+in\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}$");

    static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|\\||/|;|\\s[-–—·•]\\s|\\s(?:and|y|e|et|und|og|en|i|&|with|avec|con|com|mit)\\s)\\s*");
    static final Pattern ROLE = Pattern.compile(
            "(?iu)\\s+(?:(?:chief|senior|national|international|special|staff|political|business|sports?|science|"
                    + "medical|economics|diplomatic|foreign|white house|legal|technology|health)\\s+)*"
                    // Turkish "AA Muhabiri" (the agency's correspondent); "Reuters Editorial"
                    + "(?:writer|correspondent|reporter|editor|journalist|staff|desk|muhabiri|editorial)s?$");

    /** The credits of one byline-like line read outside the body (a header line), evidence the line itself. */
    static List<Attribution> lineCredits(ArticleView view, String line) {
        List<Attribution> found = new ArrayList<>();
        credits(view, line, Findings.BYLINE, found);
        return found;
    }

    static void credits(ArticleView view, String byline, String location, List<Attribution> found) {
        String text = byline.strip();
        if (text.length() > 150 || PhotoCues.present(text) || photographerAndAgency(view, text)
                || BrandStudios.named(text)) {
            return;
        }
        int before = found.size();
        String read = bracketedAgency(view, DateStamps.without(text), text, location, found);
        String unprefixed = PREFIX.matcher(read).replaceFirst("");
        boolean writerPrefix = unprefixed.length() < read.length();
        String[] parts = SPLIT.split(unprefixed);
        for (int i = 0; i < parts.length; i++) {
            String part = IN_PLACE.matcher(Targets.clean(parts[i])).replaceFirst("");
            if (part.isEmpty()) {
                continue;
            }
            if (i > 0 && StateCodes.afterPlace(view, part, parts, i, writerPrefix)) {
                continue;
            }
            if (surnameFirst(view, read, parts, i)) {
                continue;
            }
            Optional<Target> target = resolve(view, part, i > 0);
            if (target.isEmpty() && i > 0 && Domains.looksLikeDomain(part)
                    && WRITER_NAME.matcher(Targets.clean(parts[0])).matches()) {
                // "By Tom Doyle | Goal.com": the site a writer files for, named by its domain
                target = view.targets().byUrl(part, part);
            }
            target.ifPresent(t -> found.add(Findings.outside(text, location, AttributionKind.WIRE_CREDIT, t,
                    t.key() != null && view.targets().isAgency(t) ? 0.9 : 0.75, BylineCreditRule.ID,
                    "The byline credits " + t.name() + ".")));
        }
        if (found.size() == before) {
            embeddedAgency(view, text, location, found);
        }
        if (found.size() == before) {
            trailingAgency(view, read, text, location, found);
        }
    }

    private static final Pattern CLOSING_BRACKET = Pattern.compile("\\s*\\((?<name>[^()]{2,30})\\)\\s*$");

    /**
     * An agency in brackets closing the byline, after the writer and the paper it syndicates: "By Jane Roe, The
     * Kansas City Star (TNS)". The agency is credited, and the line read on without the bracket.
     */
    private static String bracketedAgency(ArticleView view, String read, String text, String location,
            List<Attribution> found) {
        Matcher m = CLOSING_BRACKET.matcher(read);
        if (!m.find() || m.start() == 0) {
            return read;
        }
        String name = m.group("name");
        if (name.contains(",") && StateCodes.named(view, read.substring(0, m.start()) + ", " + name,
                name.substring(name.lastIndexOf(',') + 1).strip())) {
            return read.substring(0, m.start()); // "Jane Roe (Vijayawada, AP)": the place the writer filed from
        }
        Optional<Target> agency = BracketNames.agency(view, name);
        agency.ifPresent(t -> found.add(Findings.outside(text, location, AttributionKind.WIRE_CREDIT, t, 0.85,
                BylineCreditRule.ID, "The byline closes with " + t.name() + " in brackets.")));
        return agency.isPresent() ? read.substring(0, m.start()) : read;
    }

    /** A person's name, a slash and a short credit: "Jane Roe/AFP", "JANE ROE / REUTERS", "Jane Roe / AP Photo". */
    private static final Pattern NAME_SLASH_CREDIT = Pattern.compile(
            "(?u)(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})\\s*/\\s*(?<credit>[^/,;|]{2,40})");

    /**
     * "Jane Roe/AFP" or "Jane Roe / AP" standing as the whole byline: a photographer and a picture agency, the way
     * picture credits are printed, taken for the byline by the extractor; a writer's credit is printed "By Jane Roe,
     * AP" or "Jane Roe | AP". Names that are outlets ("Reuters/AFP", "ntv.de/dpa") or desks ("Haber Merkezi / AA") are
     * not a person's, and agencies whose writers sign with a slash ("Emma Lund/TT") are not picture agencies here.
     */
    private static boolean photographerAndAgency(ArticleView view, String text) {
        Matcher m = NAME_SLASH_CREDIT.matcher(text);
        // "By Jane Roe / The Associated Press": a writer's byline, whatever its separator
        return m.matches() && !PREFIX.matcher(text).lookingAt() && view.targets().known(m.group("name")).isEmpty() && !Desks.is(m.group("name"))
                && new OutletScanner(view.resolver()).outlets(m.group("name")).isEmpty()
                && view.targets().agency(m.group("credit")).map(t -> PICTURE_AGENCIES.contains(t.key())).orElse(false);
    }

    /** Agencies credited "Jane Roe/AFP" under pictures (a data file of registry keys). */
    private static final java.util.Set<String> PICTURE_AGENCIES =
            java.util.Set.copyOf(WordList.lines("/attribution/picture-agencies.txt"));

    /**
     * Separators and a dangling "the", "of the" or "for" before an agency's name ("Jane Roe of the Associated Press",
     * "Jane Roe, For Reuters"): not part of the writer's name. "Special to" stays: a freelancer's line for the page's
     * own paper ("Special to The Globe and Mail"), which it may name otherwise than the page does.
     */
    private static final Pattern TRAILING_THE = Pattern.compile(
            "(?iu)[\\s(,–—·•-]*(?:(?:of|for)\\s+)?(?:the\\s*)?$");

    /**
     * An agency after the writer's name without a comma, as wire bylines are printed: "By JASON STRAZIUSO Associated
     * Press Writer", "Jane Roe Associated Press", "Jeff Latzke AP Sports Writer", "By IBRAHIM BARZAK The Associated
     * Press", "By JEFF KAROUB (AP)". The agency must end the byline (after its role words) and follow one to four
     * words of a name.
     */
    private static void trailingAgency(ArticleView view, String read, String text, String location,
            List<Attribution> found) {
        String rest = Targets.clean(PREFIX.matcher(read).replaceFirst(""));
        OutletScanner scanner = new OutletScanner(view.resolver());
        List<OutletScanner.Hit> hits = scanner.agencies(rest);
        if (hits.isEmpty()) {
            hits = scanner.agenciesAnyCase(rest).stream().filter(h -> h.mention().length() >= 6).toList();
        }
        if (hits.isEmpty()) {
            // a newsroom of two words or more ends the byline: "By Marc Kaufman WASHINGTON POST"
            hits = scanner.outlets(rest).stream().filter(h -> h.mention().strip().contains(" ")).toList();
        }
        if (hits.isEmpty()) {
            return;
        }
        OutletScanner.Hit last = hits.get(hits.size() - 1);
        if (StateCodes.named(view, text, last.mention().strip())) {
            return; // "By Jane Roe, Harbour City, AP": the state of the place the writer filed from
        }
        String after = rest.substring(last.end());
        String name = TRAILING_THE.matcher(rest.substring(0, last.start())).replaceFirst("").strip();
        boolean endsByline = after.isBlank() || ROLE_AFTER.matcher(after).matches();
        boolean named = WRITER_NAME.matcher(name).matches() || placeAndBracketedAgency(name, after, read, last);
        if (!endsByline || !named || surnameOf(name, last) || FORMER.matcher(name).find()) {
            return;
        }
        Target t = new Target(last.outlet().key(), last.outlet().name(), last.outlet().primaryDomain(), last.mention());
        found.add(Findings.outside(text, location, AttributionKind.WIRE_CREDIT, t,
                last.outlet().kind() == OutletKind.WIRE_AGENCY ? 0.85 : 0.75, BylineCreditRule.ID,
                "The byline credits " + t.name() + " after the writer's name."));
    }

    /** "Jane Roe, Former Reuters correspondent": the writer's past employer, not the story's source. */
    private static final Pattern FORMER = Pattern.compile("(?iu)(?:^|[\\s,])(?:former|ex-?|onetime|retired)$");

    /** "Madrid (EFE)": the desk's city and the agency in brackets, the whole byline. */
    private static boolean placeAndBracketedAgency(String name, String after, String read, OutletScanner.Hit hit) {
        return after.isBlank() && hit.outlet().kind() == OutletKind.WIRE_AGENCY && StateCodes.ONE_WORD_PLACE.matcher(name).matches()
                && read.strip().endsWith("(" + hit.mention() + ")");
    }

    /**
     * The agency's name is the writer's surname ("By Michael R. Bloomberg", "Anna K. Ritzau"): the words before it hold
     * only one full name word, the rest initials, and the name is written as a name, not in capitals.
     */
    private static boolean surnameOf(String name, OutletScanner.Hit hit) {
        String mention = hit.mention();
        boolean asName = !mention.contains(" ") && !mention.equals(mention.toUpperCase(java.util.Locale.ROOT));
        long fullWords = java.util.Arrays.stream(name.split("\\s+")).filter(w -> w.replace(".", "").length() > 1).count();
        return asName && fullWords < 2;
    }

    /**
     * "Bloomberg, Jason": a byline written surname first, the agency's name standing as a writer's surname. A part in
     * name case (not capitals) followed by a lone given name.
     */
    private static boolean surnameFirst(ArticleView view, String line, String[] parts, int i) {
        if (i + 1 >= parts.length) {
            return false;
        }
        String part = Targets.clean(parts[i]);
        String next = Targets.clean(parts[i + 1]);
        // a name written surname first takes a comma ("Bloomberg, Jason"); "Reuters | London" is a desk and its city
        boolean comma = Pattern.compile(Pattern.quote(part) + "\\s*,\\s*" + Pattern.quote(next)).matcher(line).find();
        return comma && !part.contains(" ") && !part.equals(part.toUpperCase(java.util.Locale.ROOT))
                && GIVEN_NAME.matcher(next).matches() && !ROLE.matcher(" " + next).find()
                && view.targets().known(next).isEmpty();
    }

    private static final Pattern GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?");

    /**
     * A writer's role, or the word "agency", before the agency's name, as Romance and German bylines print them:
     * "Repórter da Agência Brasil", "Corresponsal de EFE", "Correspondant de l'AFP", "Agencia AFP", "Agence Reuters".
     */
    private static final Pattern ROLE_BEFORE = Pattern.compile(
            "(?iu)(?:(?:rep[oó]rter|correspondente|corresponsal|correspondant|correspondante|corrispondente|"
                    + "enviad[oa] especial|envoyée? spéciale?|inviat[oa]|periodista|jornalista|journaliste|giornalista|"
                    + "korrespondent(?:in)?|redakteur(?:in)?)\\s+(?:(?:da|do|de|del|de la|di|della|der|des|von|bei|à)\\s+)?"
                    + "(?:l['’]\\s*)?|(?:agencia|agência|agence|agenzia|agentur)\\s+)");

    /** A desk title after the agency: " Auto Writer", " Sports Writer", " Contributing Writer", " Writer". */
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "(?iu)\\s+(?:(?:chief|senior|national|international|special|staff|contributing|political|business|sports?|auto|"
                    + "science|medical|economics|diplomatic|foreign|legal|technology|health|entertainment|music|"
                    + "religion|education|environment|energy|food|travel|film|movie|art|arts|investigative)\\s+){0,2}"
                    + "(?:writer|correspondent|reporter|editor|journalist|muhabiri)s?\\s*"
                    // the dateline's city run into the byline: "By JESSICA MINTZ AP Technology Writer SEATTLE"
                    + "(?-i:\\p{Lu}{3,}(?:\\s+\\p{Lu}{2,}){0,2})?\\s*");

    /** One to four capitalised words of a person's name ("Jeff Latzke", "JASON STRAZIUSO", "David B. Caruso"). */
    static final Pattern WRITER_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|da|di|la|le|bin|al|el)){1,3}");

    /**
     * A byline run together with its section, date and contact line ("Erhverv - 02. januar 2020 kl. 10:21 Af Ritzau
     * Kontakt redaktionen"): an agency right after a "by" word is still its credit. Only agencies count here.
     */
    private static void embeddedAgency(ArticleView view, String text, String location, List<Attribution> found) {
        Matcher by = EMBEDDED_PREFIX.matcher(text);
        OutletScanner scanner = new OutletScanner(view.resolver());
        while (by.find()) {
            if (ROLE_VERB.matcher(text.substring(0, by.start())).find()) {
                continue; // "Sponsored by", "Edited by": the party did something else than write it
            }
            String rest = text.substring(by.end());
            List<OutletScanner.Hit> hits = scanner.agencies(rest);
            if (!hits.isEmpty() && hits.get(0).start() == 0 && !OutletScanner.partOfLongerName(rest, hits.get(0))
                    && !firstNameOf(rest, hits.get(0))) {
                view.targets().agency(hits.get(0).mention()).ifPresent(t -> found.add(Findings.outside(text, location,
                        AttributionKind.WIRE_CREDIT, t, 0.85, BylineCreditRule.ID, "The byline credits " + t.name() + ".")));
                return;
            }
        }
    }

    /** "by Petra Schmidt": an agency's name in name case followed by a surname is a writer's given name. */
    private static boolean firstNameOf(String rest, OutletScanner.Hit hit) {
        String mention = hit.mention();
        if (mention.contains(" ") || mention.equals(mention.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        return SURNAME_AFTER.matcher(rest.substring(hit.end())).lookingAt();
    }

    /** One capitalised word, then the end of the byline or a separator: a surname, not a contact line's first word. */
    private static final Pattern SURNAME_AFTER = Pattern.compile("\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s*(?:$|[,|/;(·•–—-])");

    private static Optional<Target> resolve(ArticleView view, String part, boolean outletPosition) {
        Optional<CreditList.Part> unnamed = CreditList.parse(part, view.targets(), true).stream()
                .filter(p -> p.target().isPresent() && Targets.AGENCIES.equals(p.target().get().name()))
                .findFirst();
        if (unnamed.isPresent()) {
            return unnamed.get().target();
        }
        Optional<Target> agency = view.targets().agency(part);
        if (agency.isEmpty()) {
            agency = view.targets().agency(ROLE.matcher(part).replaceFirst(""));
        }
        Matcher before = ROLE_BEFORE.matcher(part);
        if (agency.isEmpty() && before.lookingAt()) {
            agency = view.targets().agency(part.substring(before.end())); // "Repórter da Agência Brasil", "Agencia AFP"
        }
        if (agency.isPresent() || !outletPosition) {
            return agency;
        }
        // a newsroom credited where an agency would stand ("By Kate Sullivan, CNN"); never a domain-looking author
        String desk = ROLE.matcher(part).replaceFirst("");
        if (!desk.equals(part) && !desk.strip().contains(" ")) {
            return Optional.empty(); // "Times Staff Writer", "Post Reporter": the page's own paper, called short
        }
        return view.targets().known(desk).filter(t -> t.key() != null);
    }
}
