package io.wiretrace.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a single sign-on provider's claims say about a user: the account name and the role. The role claim may be a
 * string (space or comma separated), a list, or nested ({@code realm_access.roles}, as Keycloak writes realm roles);
 * the highest role any of its values grants wins, else the default role, else none (the user is refused).
 */
public record SsoClaims(String roleClaim, Map<Role, Set<String>> grants, Optional<Role> defaultRole,
                        String usernameClaim) {

    /** The role the claims grant, or empty when none does and there is no default. */
    public Optional<Role> role(Map<String, Object> claims) {
        List<String> values = values(claims, roleClaim);
        for (Role r : List.of(Role.ADMIN, Role.ANALYST, Role.READER)) {
            Set<String> granting = grants.getOrDefault(r, Set.of());
            if (values.stream().anyMatch(granting::contains)) {
                return Optional.of(r);
            }
        }
        return defaultRole;
    }

    /** The account's name: the configured claim, else the e-mail address, else the subject; lower case. */
    public Optional<String> username(Map<String, Object> claims) {
        for (String claim : List.of(usernameClaim, "email", "sub")) {
            List<String> v = values(claims, claim);
            if (v.size() == 1 && !v.get(0).isBlank()) {
                return Optional.of(v.get(0).strip().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** Whether the claims hold the role claim at all (when not, the provider's user info may). */
    public boolean holdsRoleClaim(Map<String, Object> claims) {
        return value(claims, roleClaim) != null;
    }

    /** The string values of a claim at a dotted path: a string split at spaces and commas, or a list's strings. */
    static List<String> values(Map<String, Object> claims, String path) {
        Object v = value(claims, path);
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            for (String part : s.split("[\\s,]+")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        } else if (v instanceof Collection<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(out::add);
        }
        return out;
    }

    private static Object value(Map<String, Object> claims, String path) {
        Object v = claims.get(path); // a claim whose own name holds a dot ("https://example.org/roles")
        if (v != null) {
            return v;
        }
        Object node = claims;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }
}
