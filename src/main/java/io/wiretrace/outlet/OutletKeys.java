package io.wiretrace.outlet;

import java.text.Normalizer;
import java.util.Locale;

/** Keys for outlets Wiretrace creates itself. */
public final class OutletKeys {
    private OutletKeys() {
    }

    /** "nigeriapulse.com" stays as is; a name becomes a lower-case slug ("Le Monde" -> "le-monde"). */
    public static String fromDomainOrName(String value) {
        String ascii = Normalizer.normalize(value.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^[-.]+|[-.]+$)", "");
        if (slug.isEmpty()) {
            slug = "outlet";
        }
        return slug.length() > 100 ? slug.substring(0, 100) : slug;
    }
}
