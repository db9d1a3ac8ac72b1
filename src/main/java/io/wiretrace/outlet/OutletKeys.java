package io.wiretrace.outlet;

import java.text.Normalizer;
import java.util.Locale;

/** Keys for outlets Wiretrace creates itself. */
public final class OutletKeys {
    private OutletKeys() {
    }

    /**
     * "nigeriapulse.com" stays as is; a name becomes a lower-case slug ("Le Monde" -> "le-monde"); a name with no
     * Latin letter or digit ("東京新聞", "Коммерсантъ") becomes "outlet-" and the start of its name's SHA-256, so two
     * such names never share a key (all were "outlet", one outlet). A name that writes letters of another script too
     * ("Коммерсантъ Daily") or is cut to 100 characters takes the same digest after its slug ("daily-1a2b3c4d"), so it
     * is not the outlet of its Latin part alone ("Daily").
     */
    public static String fromDomainOrName(String value) {
        String ascii = Normalizer.normalize(value.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^[-.]+|[-.]+$)", "");
        if (slug.isEmpty()) {
            return "outlet-" + digest(value);
        }
        if (slug.length() > 100) {
            return slug.substring(0, 91) + "-" + digest(value);
        }
        boolean otherScript = ascii.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
        return otherScript ? slug + "-" + digest(value) : slug;
    }

    /** The first 8 hex digits of the SHA-256 of the name (NFKC, lower case): asked only when the slug needs it. */
    private static String digest(String value) {
        String name = Normalizer.normalize(value.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
