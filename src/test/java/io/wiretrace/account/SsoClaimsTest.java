package io.wiretrace.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsoClaimsTest {

    private static SsoClaims mapping(String claim, Optional<Role> fallback) {
        return new SsoClaims(claim, Map.of(Role.ADMIN, Set.of("wiretrace-admin"), Role.ANALYST,
                Set.of("wiretrace-analyst", "newsroom"), Role.READER, Set.of("wiretrace-reader")), fallback,
                "preferred_username");
    }

    @Test
    void theHighestRoleAnyValueGrantsWins() {
        SsoClaims m = mapping("roles", Optional.empty());
        assertThat(m.role(Map.of("roles", List.of("newsroom", "wiretrace-admin", "other")))).contains(Role.ADMIN);
        assertThat(m.role(Map.of("roles", List.of("wiretrace-reader", "newsroom")))).contains(Role.ANALYST);
        assertThat(m.role(Map.of("roles", "wiretrace-reader other"))).contains(Role.READER);
        assertThat(m.role(Map.of("roles", "other,wiretrace-analyst"))).contains(Role.ANALYST);
    }

    @Test
    void noGrantingValueIsNoRoleUnlessADefaultIsSet() {
        assertThat(mapping("roles", Optional.empty()).role(Map.of("roles", List.of("sales")))).isEmpty();
        assertThat(mapping("roles", Optional.empty()).role(Map.of("sub", "x"))).isEmpty();
        assertThat(mapping("roles", Optional.empty()).role(Map.of("roles", List.of(1, 2)))).isEmpty();
        assertThat(mapping("roles", Optional.of(Role.READER)).role(Map.of("roles", List.of("sales"))))
                .contains(Role.READER);
        // a value that merely contains a granting one is not it
        assertThat(mapping("roles", Optional.empty()).role(Map.of("roles", "not-wiretrace-admin"))).isEmpty();
    }

    @Test
    void aDottedPathReadsNestedClaimsAndAClaimNamedWithDotsIsReadWhole() {
        SsoClaims keycloak = mapping("realm_access.roles", Optional.empty());
        assertThat(keycloak.role(Map.of("realm_access", Map.of("roles", List.of("wiretrace-admin")))))
                .contains(Role.ADMIN);
        assertThat(keycloak.holdsRoleClaim(Map.of("realm_access", Map.of("other", 1)))).isFalse();
        assertThat(keycloak.holdsRoleClaim(Map.of("realm_access", Map.of("roles", List.of())))).isTrue();
        SsoClaims namespaced = mapping("https://example.org/roles", Optional.empty());
        assertThat(namespaced.role(Map.of("https://example.org/roles", List.of("wiretrace-reader"))))
                .contains(Role.READER);
    }

    @Test
    void theAccountIsNamedByTheConfiguredClaimElseEmailElseSubjectInLowerCase() {
        SsoClaims m = mapping("roles", Optional.empty());
        assertThat(m.username(Map.of("preferred_username", "Jane.Roe", "email", "j@x.org", "sub", "1")))
                .contains("jane.roe");
        assertThat(m.username(Map.of("email", "Jane@Example.org", "sub", "1"))).contains("jane@example.org");
        assertThat(m.username(Map.of("sub", "248289761001"))).contains("248289761001");
        assertThat(m.username(Map.of("preferred_username", "  ", "sub", "s"))).contains("s");
        assertThat(m.username(Map.of())).isEmpty();
    }
}
