package io.wiretrace.attribution;

/**
 * The newsroom's own desk as bylines and sign-offs name it ("Redazione ANSA", "Redacción con agencias",
 * "ANSA/Redazione"): the word "newsroom" in the languages whose papers sign so. One list for every rule that reads it.
 */
final class Desks {

    /** A regex alternation of the desk words, to be used case-insensitively. */
    static final String WORDS = "redazione|redacción|redação|redacção|rédaction|redaktion|redactie|redakcja";

    private Desks() {
    }
}
