package io.wiretrace.attribution;

import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletKind;
import io.wiretrace.outlet.OutletResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds outlet names inside a short piece of text (a credit line, a clause) by trying word n-grams against the
 * registry, longest first. Used only where the surrounding phrase already says "this is a credit"; it never decides
 * on its own that a mention is an attribution. Case matters for short names: "AP" and "dpa" match, "ap" and "Dpa" in
 * running text do not.
 */
final class OutletScanner {

    /** A word; a possessive "'s" ends it ("AP's Jane Roe" mentions AP), other apostrophes join ("Barron's" still matches). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:(?:['’](?![sS]\\b)|[.&])[\\p{L}\\p{N}]+)*");
    private static final int MAX_WORDS = 5;

    /** One outlet mention found in the text. */
    record Hit(int start, int end, String mention, Outlet outlet) {
    }

    private final OutletResolver resolver;

    OutletScanner(OutletResolver resolver) {
        this.resolver = resolver;
    }

    /** Mentions of wire agencies in the text, in order, not overlapping. */
    List<Hit> agencies(String text) {
        return scan(text, true, false, Integer.MAX_VALUE);
    }

    /**
     * The first of {@link #agencies}, only when it starts at the text's first or second word ("AP WASHINGTON —", "The
     * Associated Press …"): the rest of the text is not read.
     */
    Optional<Hit> agencyAtStart(String text) {
        return scan(text, true, false, 2).stream().findFirst();
    }

    /**
     * Like {@link #agencies} but any letter case: for text already known to be an agency notice, where sites write
     * "ats/afp" in lower case.
     */
    List<Hit> agenciesAnyCase(String text) {
        return scan(text, true, true, Integer.MAX_VALUE);
    }

    /** Mentions of any registry outlet in the text, in order, not overlapping. */
    List<Hit> outlets(String text) {
        return scan(text, false, false, Integer.MAX_VALUE);
    }

    /** Hits starting at one of the first {@code starts} words (a mention has at most {@value #MAX_WORDS} words). */
    private List<Hit> scan(String text, boolean agenciesOnly, boolean anyCase, int starts) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int wanted = starts == Integer.MAX_VALUE ? starts : starts + MAX_WORDS;
        while (words.size() < wanted && m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < words.size() && i < starts) {
            int taken = 0;
            for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                String mention = text.substring(start, end);
                Optional<Outlet> outlet = resolver.byName(mention)
                        .filter(o -> !agenciesOnly || o.kind() == OutletKind.WIRE_AGENCY)
                        .filter(o -> (anyCase && mention.length() >= 3) || writtenLikeName(mention, o));
                if (outlet.isPresent()) {
                    hits.add(new Hit(start, end, mention, outlet.get()));
                    taken = n;
                }
            }
            i += Math.max(1, taken);
        }
        return hits;
    }

    private static final Pattern INSTITUTION_AFTER = Pattern.compile(
            "^(?:['’]s)?[\\s-]+(?:Institute|Institut|Instituto|Foundation|Stiftung|Fundación|Fondation|Fondazione|Center|Centre|"
                    + "Biology|Calculus|Chemistry|Physics|History|Stylebook|Poll|Index|Award|Awards|Prize|Fellowship|"
                    + "Fellow|School|Academy|University|Events|Conference|Summit)\\b");

    /**
     * True when the hit is the first word of a longer name that is no agency: "Reuters Institute", "AP Biology",
     * "AP-NORC Center". Used where a sentence around the hit would otherwise read as a credit.
     */
    static boolean partOfLongerName(String text, Hit hit) {
        return INSTITUTION_AFTER.matcher(text.substring(hit.end())).lookingAt();
    }

    /** Short or all-lower-case mentions must be spelled as the registry spells them (or in capitals). */
    static boolean writtenLikeName(String mention, Outlet outlet) {
        boolean hasUpper = mention.chars().anyMatch(Character::isUpperCase);
        if (hasUpper && mention.length() > 3) {
            return true;
        }
        if (hasUpper && mention.equals(mention.toUpperCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (mention.equals(outlet.name())) {
            return true;
        }
        return outlet.aliases().stream().anyMatch(mention::equals);
    }
}
