package io.wiretrace.outlet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises outlet mentions so that spelling variants compare equal ("L'Express" = "l express", "Télam" = "telam"). */
public final class OutletNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The articles a mention may open with ("The Guardian", "Le Monde"), left out of its normal form. */
    private static final java.util.List<String> ARTICLES = java.util.List.of("the", "la", "le", "el", "die", "der", "de",
            "o", "il");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(" + String.join("|", ARTICLES) + ") (?=\\S)");

    private OutletNames() {
    }

    /**
     * Lower case, no diacritics, punctuation as single spaces, no leading article; "" for null. Compatibility forms
     * fold to their plain letters (NFKD), so full-width "ＡＦＰ" of Japanese text is "afp". A first word in capitals
     * of two capitals before one that is not is initials, not an article: "LA Times" is "la times", not "The Times"
     * ("THE TIMES" and "EL PAÍS" in capitals still lose theirs).
     */
    public static String normalize(String mention) {
        if (mention == null) {
            return "";
        }
        if (initialsFirst(mention)) {
            return ascii(mention) ? asciiWords(mention) : words(mention);
        }
        if (ascii(mention)) {
            return withoutArticle(asciiWords(mention));
        }
        return LEADING_ARTICLE.matcher(words(mention)).replaceFirst("");
    }

    private static String words(String mention) {
        String s = Normalizer.normalize(mention, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('ß', 's');
        return NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Whether the mention's first word (a run of letters and digits, marks ignored as the normal form drops them) is
     * two capitals and its second has a lower-case letter: "LA Times", not "THE Sun" or "La Times".
     */
    private static boolean initialsFirst(String mention) {
        int n = mention.length();
        int i = skipGap(mention, 0);
        int capitals = 0;
        for (; i < n && !gap(mention.charAt(i)); i++) {
            char c = mention.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!mark(c)) {
                return false;
            }
        }
        if (capitals != 2) {
            return false;
        }
        for (i = skipGap(mention, i); i < n && !gap(mention.charAt(i)); i++) {
            if (Character.isLowerCase(mention.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int skipGap(String s, int from) {
        int i = from;
        while (i < s.length() && gap(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A character between words in the normal form: neither a letter, a digit nor a mark. */
    private static boolean gap(char c) {
        return !Character.isLetterOrDigit(c) && !mark(c);
    }

    private static boolean mark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the general path makes of an ASCII mention without the regexes (NFKD and the marks leave ASCII as it is):
     * letters lower-cased, digits kept, every run of other characters one space, none at either end.
     */
    private static String asciiWords(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                letter = true;
            }
            if (!letter) {
                gap = true;
            } else {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #LEADING_ARTICLE} on a text of words and single spaces: a leading article with a word after it goes. */
    private static String withoutArticle(String s) {
        int space = s.indexOf(' ');
        return space > 0 && ARTICLES.contains(s.substring(0, space)) ? s.substring(space + 1) : s;
    }
}
