package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a credit value such as "AFP, EFE y Reuters", "dpa/AFP" or "KNA/iz" into its parties and resolves each.
 * Editors' initials after a slash ("dpa/gem") are recognised and ignored.
 */
final class CreditList {

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:,|、|，|/|&|\\+|;|\\s(?:and|y|e|et|und|og|en|i|oraz|a|und der|and the|et l')\\s)\\s*");
    private static final Pattern INITIALS = Pattern.compile("\\p{Ll}{1,4}");
    /** Words crediting agencies without naming one ("Agencias", "وكالات"): a data file. */
    private static final Pattern UNNAMED_AGENCIES = Pattern.compile(
            "(?iu)(?:staff and |wire and )?(?:news )?(?:" + WordList.lines("/attribution/unnamed-agencies.tsv").stream()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|")) + ")");
    /** Words naming what an agency is, before its name ("Nachrichtenagentur dpa"): a data file. */
    private static final String DESCRIPTORS = WordList.lines("/attribution/agency-descriptors.tsv").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(d -> Pattern.quote(d).replace(" ", "\\E\\s+\\Q")).collect(java.util.stream.Collectors.joining("|"));
    private static final Pattern ARTICLE = Pattern.compile(
            "(?iu)^(?:the|la|el|l'|l’|le|die|der|a|o|da|do|de la|de l'|del|agencia|agência|agence|agentur|"
                    + "la agencia|l'agence|la agência|a agência|der agentur|news agency|agency"
                    + "|(?:(?:der|die|den|des|the|la|l'|el|o|a)\\s+)?(?:" + DESCRIPTORS + "))\\s+");

    /** One party of a credit list. */
    record Part(String text, int start, int end, Optional<Target> target) {
        boolean isInitials() {
            return INITIALS.matcher(text).matches();
        }
    }

    private CreditList() {
    }

    /** Whether the text is only a credit to unnamed agencies ("Staff and agencies", "Agencias"). */
    static boolean unnamedAgencies(String text) {
        return UNNAMED_AGENCIES.matcher(Targets.clean(text)).matches();
    }

    /**
     * The parties of {@code value}; offsets are relative to {@code value}. A part resolves when it names a registry
     * outlet (a wire agency when {@code agenciesOnly}) or unnamed agencies ("agencias").
     */
    static List<Part> parse(String value, Targets targets, boolean agenciesOnly) {
        List<Part> parts = new ArrayList<>();
        Matcher sep = SEPARATOR.matcher(value);
        int pos = 0;
        while (true) {
            boolean found = sep.find();
            int end = found ? sep.start() : value.length();
            addPart(value, pos, end, targets, agenciesOnly, parts);
            if (!found) {
                return parts;
            }
            pos = sep.end();
        }
    }

    /**
     * {@code parts}, the reading of {@code value} as written; when not all of it resolved and the value is in lower case
     * ("Bern (sda)", "Text: dpa"), as Swiss, Austrian and German papers write agencies, the value read in capitals,
     * agencies only.
     */
    static List<Part> orInCapitals(String value, List<Part> parts, Targets targets) {
        if (allResolved(parts) || !value.equals(value.toLowerCase(java.util.Locale.ROOT))) {
            return parts;
        }
        return parse(value.toUpperCase(java.util.Locale.ROOT), targets, true);
    }

    /** "ANSA-AFP": agencies joined by a hyphen, when each half is one; else empty. */
    static List<Part> hyphenatedAgencies(String credit, Targets targets) {
        if (!credit.contains("-")) {
            return List.of();
        }
        List<Part> halves = parse(credit.replace('-', '/'), targets, true);
        boolean agencies = allResolved(halves)
                && halves.stream().allMatch(p -> p.target().flatMap(t -> targets.agency(t.mention())).isPresent());
        return agencies ? halves : List.of();
    }

    /** True when every part resolved or is editors' initials after the first part, and at least one resolved. */
    static boolean allResolved(List<Part> parts) {
        boolean any = false;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.target().isPresent()) {
                any = true;
            } else if (!(i > 0 && p.isInitials())) {
                return false;
            }
        }
        return any;
    }

    private static void addPart(String value, int from, int to, Targets targets, boolean agenciesOnly,
            List<Part> parts) {
        String raw = value.substring(from, to);
        String text = Targets.clean(raw);
        if (text.isEmpty()) {
            return;
        }
        int start = from + raw.indexOf(text.charAt(0));
        int end = start + text.length();
        String name = ARTICLE.matcher(text).replaceFirst("");
        Optional<Target> target;
        if (UNNAMED_AGENCIES.matcher(text).matches()) {
            target = Optional.of(Targets.agencies(text));
        } else {
            target = agenciesOnly ? targets.agency(name) : targets.known(name);
            if (target.isEmpty() && !name.equals(text)) {
                target = agenciesOnly ? targets.agency(text) : targets.known(text);
            }
        }
        parts.add(new Part(text, start, Math.min(end, value.length()), target));
    }
}
