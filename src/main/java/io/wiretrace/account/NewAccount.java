package io.wiretrace.account;

import io.wiretrace.article.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/** A checked request to create an account: user names are lower-cased letters, digits, dots, dashes, underscores. */
public record NewAccount(String username, String password, Role role) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

    public NewAccount {
        username = username(username);
        Passwords.check(password, "password");
        if (role == null) {
            throw new InvalidInput("role", "role is required: reader, analyst or admin");
        }
    }

    /** Normalises and checks a user name. */
    public static String username(String raw) {
        String name = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches() || name.equals(Caller.BOOTSTRAP) || name.equals("anonymous")) {
            throw new InvalidInput("username", "username must be 1-64 letters, digits, '.', '_', '@' or '-' "
                    + "(not 'bootstrap' or 'anonymous'); got '" + (raw == null ? "" : raw) + "'");
        }
        return name;
    }

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + "]";
    }
}
