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
     * fold to their plain letters (NFKD), so full-width "ＡＦＰ" of Japanese text is "afp".
     */
    public static String normalize(String mention) {
        if (mention == null) {
            return "";
        }
        if (ascii(mention)) {
            return withoutArticle(asciiWords(mention));
        }
        String s = Normalizer.normalize(mention, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('ß', 's');
        s = NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
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
