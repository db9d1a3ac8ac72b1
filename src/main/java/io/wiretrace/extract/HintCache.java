package io.wiretrace.extract;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The class/id hints of elements, matched once per distinct class-and-id string: pages repeat the same classes
 * thousands of times, and regex matching them per element would dominate extraction time. One per extraction.
 */
final class HintCache {

    static final int CAPTION = 1;
    static final int UNLIKELY = 2;
    static final int SMALL_BOILERPLATE = 4;
    static final int BYLINE = 8;

    /** Flags and class weight of one class-and-id combination. */
    record Hint(int flags, int weight) {
        boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    private static final Hint NONE = new Hint(0, 0);

    private final Map<String, Hint> cache = new HashMap<>();

    Hint of(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return NONE;
        }
        return cache.computeIfAbsent(id.isEmpty() ? cls : cls + "#" + id, k -> compute(cls, id));
    }

    private static Hint compute(String cls, String id) {
        Keywords.Prepared hints = Keywords.prepare(id.isEmpty() ? cls : cls + " " + id);
        int flags = 0;
        if (Hints.CAPTION.in(hints)) {
            flags |= CAPTION;
        }
        if (Hints.UNLIKELY.in(hints) && !Hints.MAYBE_CANDIDATE.in(hints)) {
            flags |= UNLIKELY;
        }
        if (Hints.SMALL_BOILERPLATE.in(hints)) {
            flags |= SMALL_BOILERPLATE;
        }
        if (BylineReader.isBylineHint(hints)) {
            flags |= BYLINE;
        }
        // without an id the class string was prepared above: no need to prepare it again for its weight
        return new Hint(flags, id.isEmpty() ? Hints.weight(hints) : Hints.weight(cls) + Hints.weight(id));
    }
}
