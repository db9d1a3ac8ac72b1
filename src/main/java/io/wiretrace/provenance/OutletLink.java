package io.wiretrace.provenance;

import java.util.List;

/**
 * Derivations between one outlet and another, counted.
 *
 * @param outletKey   the other outlet
 * @param derivations derivation edges counted
 * @param uncredited  how many of them are reuse its copy did not credit
 * @param mainKind    the most frequent edge kind
 * @param confidence  mean confidence of the edges
 * @param examples    ids of some deriving articles, strongest edge first
 */
public record OutletLink(String outletKey, int derivations, int uncredited, EdgeKind mainKind, double confidence,
                         List<String> examples) {

    public OutletLink {
        examples = List.copyOf(examples);
    }

    public int credited() {
        return derivations - uncredited;
    }

    /** Share of the derivations that were not credited, 0..1. */
    public double uncreditedShare() {
        return derivations == 0 ? 0.0 : (double) uncredited / derivations;
    }
}
