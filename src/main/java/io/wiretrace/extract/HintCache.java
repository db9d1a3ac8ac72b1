package io.wiretrace.extract;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The class/id hints of elements, matched once per distinct class-and-id string: pages repeat the same classes
 * thousands of times, and regex matching them per element would dominate extraction time. Each hint is worked out
 * when first asked of a string: the byline search asks every element of the body whether it is a byline (and the
 * ancestors of its candidates whether they are chrome), body extraction asks the scanned elements for captions and
 * unlikely boxes, and only the elements written into the body for boilerplate and class weight. One per extraction;
 * not thread-safe.
 */
final class HintCache {

    static final int CAPTION = 1;
    static final int UNLIKELY = 2;
    static final int SMALL_BOILERPLATE = 4;
    static final int BYLINE = 8;
    static final int CHROME = 16;

    /** Flags and class weight of one class-and-id combination, each tested when first asked. */
    static final class Hint {
        private final String cls;
        private final String id;
        private Keywords.Prepared prepared;
        /** The flags tested so far, and of those the ones that hold. */
        private int known;
        private int flags;
        private Integer weight;

        private Hint(String cls, String id) {
            this.cls = cls;
            this.id = id;
        }

        boolean has(int flag) {
            if ((known & flag) == 0) {
                flags |= test(flag) ? flag : 0;
                known |= flag;
            }
            return (flags & flag) != 0;
        }

        /** Readability's class weight: of the class string, plus that of the id. */
        int weight() {
            if (weight == null) {
                // without an id the class string is the one prepared for the flags: not prepared again
                weight = id.isEmpty() ? Hints.weight(prepared()) : Hints.weight(cls) + Hints.weight(id);
            }
            return weight;
        }

        private boolean test(int flag) {
            Keywords.Prepared hints = prepared();
            return switch (flag) {
                case CAPTION -> Hints.CAPTION.in(hints);
                case UNLIKELY -> Hints.UNLIKELY.in(hints) && !Hints.MAYBE_CANDIDATE.in(hints);
                case SMALL_BOILERPLATE -> Hints.SMALL_BOILERPLATE.in(hints);
                case BYLINE -> BylineReader.isBylineHint(hints);
                case CHROME -> ChromeAncestors.isChromeHint(cls, id);
                default -> throw new IllegalArgumentException("not a hint flag: " + flag);
            };
        }

        private Keywords.Prepared prepared() {
            if (prepared == null) {
                prepared = Keywords.prepare(id.isEmpty() ? cls : cls + " " + id);
            }
            return prepared;
        }
    }

    /** No class and no id: nothing to test, so nothing is written to it (it is shared by every thread). */
    private static final Hint NONE = new Hint("", "");

    static {
        NONE.known = CAPTION | UNLIKELY | SMALL_BOILERPLATE | BYLINE | CHROME;
        NONE.weight = 0;
    }

    /** A class string and an id, both non-empty (a class string alone is its own key). */
    private record ClassAndId(String cls, String id) {
    }

    private final Map<String, Hint> byClass = new HashMap<>();
    private final Map<ClassAndId, Hint> byClassAndId = new HashMap<>();

    Hint of(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return NONE;
        }
        if (id.isEmpty()) {
            Hint hint = byClass.get(cls); // the attribute's own string: its hash is computed once
            if (hint == null) {
                hint = new Hint(cls, id);
                byClass.put(cls, hint);
            }
            return hint;
        }
        ClassAndId key = new ClassAndId(cls, id);
        Hint hint = byClassAndId.get(key);
        if (hint == null) {
            hint = new Hint(cls, id);
            byClassAndId.put(key, hint);
        }
        return hint;
    }
}
