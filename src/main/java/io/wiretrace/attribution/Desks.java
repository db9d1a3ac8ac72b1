package io.wiretrace.attribution;

/**
 * The newsroom's own desk as bylines and sign-offs name it ("Redazione ANSA", "Redacción con agencias",
 * "ANSA/Redazione", Turkish "Haber Merkezi / AA", Greek "Newsroom ΑΠΕ-ΜΠΕ"): the word "newsroom" in the languages whose papers sign so. One list for every rule that reads it.
 */
final class Desks {

    /** A regex alternation of the desk words, to be used case-insensitively. */
    static final String WORDS = "redazione|redacción|redação|redacção|rédaction|redaktion|redactie|redakcja|haber merkezi"
            // Greek sites sign agency copy "Newsroom ΑΠΕ-ΜΠΕ" in English
            + "|newsroom";

    /** The words and German "Red.", Austrian papers' short form after the agency ("APA/Red."). */
    private static final String SLASHED_WORDS = WORDS + "|red\\.";

    private static final java.util.regex.Pattern DESK = java.util.regex.Pattern.compile("(?iu)(?:la )?(?:" + WORDS + ")");

    private Desks() {
    }

    private static final java.util.regex.Pattern SLASHED = java.util.regex.Pattern.compile(
            "(?iu)\\s*/\\s*(?:" + SLASHED_WORDS + ")$|^(?:" + WORDS + ")\\s*/\\s*");

    /** The credit without a desk's name slashed to it: "EFE/Redacción" is EFE's. */
    static String withoutSlashed(String credit) {
        return SLASHED.matcher(credit).replaceAll("");
    }

    /** Whether the text is only a desk's name ("Redacción", "la rédaction"). */
    static boolean is(String text) {
        return DESK.matcher(text.strip()).matches();
    }
}
