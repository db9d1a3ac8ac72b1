package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.outlet.Domains;
import io.wiretrace.outlet.OutletKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Datelines of Russian and Ukrainian agencies, which print the agency after the place and date, not in brackets:
 * "МОСКВА, 5 мар — РИА Новости.", "МОСКВА. 5 марта. INTERFAX.RU -", "КИЕВ. 5 марта. ИНТЕРФАКС-УКРАИНА -". The place
 * in capitals opens the line, then the day and a month word, then the agency closed by a full stop or a dash; the agency
 * must be a registry wire agency, by name or by its site's address. Only the body's first lines count.
 */
final class AgencyAfterDateDatelineRule implements Rule {

    static final String ID = "dateline.agency-after-date";

    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}{2,}(?:[\\s-]\\p{Lu}{2,}){0,2})[,.]\\s+\\d{1,2}\\s+\\p{L}{3,9}\\.?[,.]?\\s*(?:[-–—]\\s*)?"
                    + "(?<agency>\\p{L}[\\p{L}\\p{N}.«»\\- ]{1,30}?)(?:\\.\\s|\\s[-–—]\\s)");

    @Override
    public List<Attribution> apply(ArticleView view) {
        return OpeningDatelines.first(view, DATELINE, m -> agency(view, m.group("agency")), ID);
    }

    /** A registry wire agency by name ("РИА Новости") or by its site's address ("INTERFAX.RU"). */
    private static Optional<Target> agency(ArticleView view, String mention) {
        Optional<Target> named = view.targets().agency(mention);
        if (named.isPresent() || !Domains.looksLikeDomain(mention.toLowerCase(java.util.Locale.ROOT))) {
            return named;
        }
        return view.targets().byUrl(mention.toLowerCase(java.util.Locale.ROOT), mention)
                .filter(t -> t.key() != null && view.resolver().byKey(t.key()).map(o -> o.kind() == OutletKind.WIRE_AGENCY)
                        .orElse(false));
    }
}
