package io.wiretrace.account;

import io.wiretrace.article.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** Password rules and bcrypt hashes (Bouncy Castle's OpenBSD bcrypt, {@code $2y$}). Thread-safe. */
public final class Passwords {

    /** Shortest accepted password. */
    public static final int MIN_CHARS = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    public static final int MAX_BYTES = 72;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int cost;

    /** @param cost bcrypt's work factor (log2 rounds), 4..31 */
    public Passwords(int cost) {
        this.cost = cost;
    }

    /** Checks the rules; the message never contains the password. */
    public static void check(String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARS) {
            throw new InvalidInput(field, field + " must have at least " + MIN_CHARS + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInput(field, field + " must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, cost);
    }

    /** Whether {@code password} matches {@code hash}; false for a malformed hash. */
    public boolean matches(String password, String hash) {
        if (password == null || hash == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
