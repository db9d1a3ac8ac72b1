package io.wiretrace.web;

import java.util.List;

/**
 * Derivations between the outlet of a page and one other outlet, as a table row. Widths are 0..100, relative to the
 * row with the most derivations.
 */
public record OutletLinkRow(String key, String outlet, String href, int derivations, int credited, int uncredited,
                            String uncreditedShare, double creditedWidth, double uncreditedWidth, String mainKind,
                            String confidence, List<Field> examples) {

    /** Class sizing the credited bar (the stylesheet has one per width: pages carry no inline styles). */
    public String creditedClass() {
        return Widths.of(creditedWidth);
    }

    public String uncreditedClass() {
        return Widths.of(uncreditedWidth);
    }
}
