package io.wiretrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of a sign-off beside its agencies that name no source: editors' marks ("bb", "muei", "ChM"), the desk
 * ("Redazione", "red") and agencies' short forms ({@link SignoffAbbreviations}). Stateless.
 */
final class SignoffMarks {

    /** Editors' and desks' short marks in lower case: "bb", "muei", "red" (Redaktion). */
    private static final Pattern MARK = Pattern.compile("\\p{Ll}{1,4}");
    /**
     * Other marks beside an agency: an editor's initials in mixed case ("ChM", "KrS", as Polish papers sign "(ChM,
     * PAP)"), the desk's name ("ANSA/Redazione", "Agencias/Redacción", Austrian "APA/Red.") and the paper's own short
     * name, as German papers sign agency copy they edited: "Tsp/dpa", "(Tsp, dpa)", "BLZ/dpa" (two to four capitals, or
     * a capital and two small letters; an unknown agency's initials stay uncredited, never credited wrongly), and the
     * Polish editor who compiled the copy ("oprac. Anna Nowak / PAP").
     */
    private static final Pattern OTHER_MARK = Pattern.compile(
            "\\p{Lu}\\p{Ll}{1,2}\\p{Lu}|\\p{Lu}{2,4}|\\p{Lu}\\p{Ll}{2}|Red\\.?"
                    // Polish "oprac. Anna Nowak / PAP": the editor who compiled ("opracował") the agency's copy
                    + "|(?:oprac|opr)\\.\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}|(?iu)" + Desks.WORDS);
    /** A desk's name before the agency on a sign-off line: "Redazione ANSA", "Redacción EFE". */
    private static final Pattern DESK_LEAD = Pattern.compile(
            "(?iu)^(?:" + Desks.WORDS + ")\\s+(?=\\p{L})");

    private SignoffMarks() {
    }

    private static boolean isMark(String text) {
        return MARK.matcher(text).matches() || OTHER_MARK.matcher(text).matches();
    }

    /**
     * A sign-off listing agencies with editors' marks anywhere among them, agencies in lower case as German, Swiss
     * and Austrian papers print them: "afp/dpa/bb", "sda/muei", "red/APA", "red, ORF.at/APA". Each part is an agency
     * (in lower case only with three letters or more: "afp", "sda"), a registry outlet, or a mark; there must be two
     * parts or more and at least one agency. Else empty.
     */
    static List<CreditList.Part> withInitials(ArticleView view, String credit) {
        List<CreditList.Part> parts = CreditList.parse(credit, view.targets(), false);
        List<CreditList.Part> read = new ArrayList<>();
        boolean agency = false;
        for (CreditList.Part p : parts) {
            var asAgency = view.targets().agency(p.text());
            if (asAgency.isEmpty() && p.text().length() >= 3 && MARK.matcher(p.text()).matches()) {
                asAgency = view.targets().agency(p.text().toUpperCase(java.util.Locale.ROOT));
            }
            if (asAgency.isEmpty()) {
                asAgency = SignoffAbbreviations.agency(view, p.text()); // "rtr/dpa"
            }
            if (asAgency.isPresent()) {
                agency = true;
                read.add(new CreditList.Part(p.text(), p.start(), p.end(), asAgency));
            } else if (p.target().isPresent()) {
                // "Agencias/Redacción": unnamed agencies count as the agency
                agency |= Targets.AGENCIES.equals(p.target().get().name());
                read.add(p);
            } else if (!isMark(p.text()) && !ownName(view, p.text())) {
                return List.of();
            }
        }
        return agency && parts.size() >= 2 ? read : List.of();
    }

    /** The page's own name in lower case before the agency, as a sports site signs agency copy: "kicker/dpa" on kicker.de. */
    private static boolean ownName(ArticleView view, String text) {
        String own = view.ownDomain();
        int dot = own == null ? -1 : own.indexOf('.');
        return dot > 2 && text.equals(own.substring(0, dot));
    }

    /** The parts with agencies' short forms ("rtr", "rts") read as their agencies, not as editors' initials. */
    static List<CreditList.Part> abbreviated(ArticleView view, List<CreditList.Part> parts) {
        return parts.stream().map(p -> p.target().isPresent() ? p : SignoffAbbreviations.agency(view, p.text())
                .map(t -> new CreditList.Part(p.text(), p.start(), p.end(), Optional.of(t))).orElse(p)).toList();
    }

    /** The sign-off without a desk's name before the agency ("Redazione ANSA" is ANSA's). */
    static String withoutDesk(String signoff) {
        return DESK_LEAD.matcher(signoff).replaceFirst("");
    }
}
