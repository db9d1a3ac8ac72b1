package io.wiretrace.attribution;

import java.util.List;
import java.util.Locale;

/**
 * A cheap pre-filter: rules whose patterns are costly run them only on lines holding one of their keywords. The
 * keywords must be a superset of what the patterns need, so the filter never changes what a rule finds.
 */
final class Keywords {

    private final List<String> stems;

    Keywords(String... stems) {
        this.stems = List.of(stems);
    }

    /** True when the text, lower-cased, contains any stem. */
    boolean in(String text) {
        return inLowerCase(text.toLowerCase(Locale.ROOT));
    }

    /** {@link #in(String)} of a body line, whose lower-cased text is already at hand. */
    boolean in(Block block) {
        return inLowerCase(block.lower());
    }

    /** True when the lower-cased text contains any stem. */
    boolean inLowerCase(String lower) {
        for (String stem : stems) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
