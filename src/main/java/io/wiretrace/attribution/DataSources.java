package io.wiretrace.attribution;

import java.util.regex.Pattern;

/**
 * What a "Source:" label names when it names the data behind a chart or a figure, not the supplier of the text: a poll,
 * a survey, calculations, company filings, an outlet's data product. Stateless.
 */
final class DataSources {

    /**
     * Words that make the whole value a data source ("Reuters/Ipsos poll", "AP-NORC poll", "Author's calculations"),
     * even when an outlet is named in it: the outlet ran a poll or a count, it did not supply the text.
     */
    private static final Pattern WORDS = Pattern.compile(
            "(?iu)\\b(?:polls?|polling|pollsters?|survey|filings?|ratings?|umfrage|encuesta|sondage|sondaggio|sondagem|"
                    + "calculations?|calculs?|cálculos?|"
                    + "berechnung(?:en)?|estimates?|schätzung(?:en)?|analysis|analyse|análisis|data|daten|datos|dados|"
                    + "données|figures|zahlen|index|chart|graphic|grafik|infogra\\p{L}*|elaboración|elaboração|"
                    + "elaborazione|opracowanie|berekening(?:en)?|beregning(?:er)?|výpočty?)\\b");

    /** "company reports", "exchange filings", "news reports", "company data": what a chart was compiled from. */
    private static final Pattern REPORTS = Pattern.compile(
            "(?iu)\\b(?:reports|filings|disclosures|releases|compan(?:y|ies)|corporate|census|bureau|statistics)\\b");

    private DataSources() {
    }

    /** Whether a word of the value makes the whole of it a data source ("Reuters/Ipsos poll"). */
    static boolean named(String value) {
        return WORDS.matcher(value).find();
    }

    /**
     * An unresolved name opening with a registry outlet's: the outlet's data product or division ("Bloomberg
     * Intelligence", "Reuters Eikon", "AP VoteCast", "AP-NORC"), which supplied figures, not the text.
     */
    static boolean productOfAnOutlet(ArticleView view, String value) {
        // "AP-NORC", the AP's polling centre: initials before a hyphen ("The Sun-Herald" is a paper of its own)
        String[] words = value.split("\\s+|(?<=^\\p{Lu}{2,6})-(?=\\p{L})");
        for (int n = words.length - 1; n >= 1; n--) {
            if (view.targets().known(String.join(" ", java.util.Arrays.copyOf(words, n))).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An unresolved part of a source list that names data, a public body or a company, not a news source (the page's
     * own reporter beside an agency, "Reporterin vor Ort, dpa", is no data: the agency is still credited).
     */
    static boolean part(String part) {
        return WORDS.matcher(part).find() || REPORTS.matcher(part).find();
    }
}
