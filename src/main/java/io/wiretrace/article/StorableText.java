package io.wiretrace.article;

/**
 * Text the database can store as it is: PostgreSQL refuses the NUL character in text, and a lone UTF-16 surrogate has
 * no UTF-8 form (the driver would replace it, so the stored text would differ from the one received). Input holding
 * either is refused, naming the field, rather than silently changed.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Throws {@link InvalidInput} naming {@code field} when {@code value} (may be null) cannot be stored. */
    public static void check(String field, String value) {
        int bad = firstUnstorable(value);
        if (bad >= 0) {
            throw new InvalidInput(field, field + " holds a character that cannot be stored (U+"
                    + String.format("%04X", (int) value.charAt(bad)) + " at offset " + bad + ")");
        }
    }

    /** Offset of the first NUL or lone surrogate in {@code value}, or -1 (also for null). */
    public static int firstUnstorable(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
