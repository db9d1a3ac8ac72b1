package io.wiretrace.web;

import java.util.List;

/**
 * Derivations between the outlet of a page and one other outlet, as a table row. Widths are 0..100, relative to the
 * row with the most derivations.
 */
public record OutletLinkRow(String key, String outlet, String href, int derivations, int credited, int uncredited,
                            String uncreditedShare, double creditedWidth, double uncreditedWidth, String mainKind,
                            String confidence, List<Field> examples) {
}
