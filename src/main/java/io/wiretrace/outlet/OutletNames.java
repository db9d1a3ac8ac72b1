package io.wiretrace.outlet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises outlet mentions so that spelling variants compare equal ("L'Express" = "l express", "Télam" = "telam"). */
public final class OutletNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|la|le|el|die|der|de|o|il) (?=\\S)");

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
        String s = Normalizer.normalize(mention, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('ß', 's');
        s = NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
    }
}
