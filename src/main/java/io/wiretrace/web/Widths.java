package io.wiretrace.web;

/**
 * Widths as classes of the stylesheet ({@code w-0} to {@code w-100}: percent, or pixels on a {@code .bar}), since the
 * Content-Security-Policy allows no inline {@code style} attribute.
 */
final class Widths {

    private Widths() {
    }

    /** The class of a width from 0 to 100, rounded and clamped. */
    static String of(double width) {
        long w = Math.round(width);
        return "w-" + Math.max(0, Math.min(100, w));
    }
}
