package io.wiretrace.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiretrace.article.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertThat(Role.READER.grants()).containsExactly("reader");
        assertThat(Role.ANALYST.grants()).containsExactlyInAnyOrder("reader", "analyst");
        assertThat(Role.ADMIN.grants()).containsExactlyInAnyOrder("reader", "analyst", "admin");
        assertThat(Role.ANALYST.includes(Role.READER)).isTrue();
        assertThat(Role.ANALYST.includes(Role.ADMIN)).isFalse();
        assertThat(Role.parse(" Admin ", "role")).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> Role.parse("boss", "role")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("'boss'").extracting("field").isEqualTo("role");
    }

    @Test
    void passwordsAreHashedWithBcryptAndCheckedWithoutBeingEchoed() {
        Passwords passwords = new Passwords(4);
        String hash = passwords.hash("correct horse battery");
        assertThat(hash).startsWith("$2y$04$").doesNotContain("correct");
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse batterx", hash)).isFalse();
        assertThat(passwords.matches("anything", "not-a-hash")).isFalse();
        assertThat(passwords.hash("correct horse battery")).isNotEqualTo(hash); // salted
        assertThatThrownBy(() -> Passwords.check("short-pw", "password")).isInstanceOf(InvalidInput.class)
                .hasMessageNotContaining("short-pw");
        assertThatThrownBy(() -> Passwords.check("é".repeat(40), "password")).hasMessageContaining("72 bytes");
    }

    @Test
    void secretsAreRandomAndStoredAsDigests() {
        String a = Secrets.random(Secrets.TOKEN_PREFIX);
        String b = Secrets.random(Secrets.TOKEN_PREFIX);
        assertThat(a).startsWith("wt_").hasSize(3 + 43).isNotEqualTo(b);
        assertThat(Secrets.digest(a)).hasSize(64).isEqualTo(Secrets.digest(a)).isNotEqualTo(Secrets.digest(b));
        assertThat(Secrets.same(a, a)).isTrue();
        assertThat(Secrets.same(a, b)).isFalse();
        assertThat(Secrets.same(a, null)).isFalse();
    }

    @Test
    void userNamesAreNormalisedAndReservedOnesRefused() {
        assertThat(NewAccount.username("  Ana.Lyst@Desk ")).isEqualTo("ana.lyst@desk");
        assertThatThrownBy(() -> NewAccount.username("bootstrap")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> NewAccount.username("<script>")).isInstanceOf(InvalidInput.class).extracting("field")
                .isEqualTo("username");
        assertThat(new NewAccount("ana", "a-long-password", Role.READER).toString()).doesNotContain("a-long-password");
    }

    @Test
    void fixedWindowsCountAndSayWhenTheyEnd() {
        Limits limits = new Limits(3, Duration.ofMinutes(1));
        Instant t = Instant.parse("2026-12-06T10:00:45Z");
        assertThat(limits.windowStart(t)).isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));
        assertThat(limits.secondsLeft(t)).isEqualTo(15);
        assertThat(limits.exceeded(3)).isFalse();
        assertThat(limits.exceeded(4)).isTrue();
        assertThat(new Limits(0, Duration.ofMinutes(1)).exceeded(1_000)).isFalse();
    }

    @Test
    void aTokenIsUsableUntilRevokedOrExpired() {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");
        ApiToken open = new ApiToken(1, 1, "ana", "t", "wt_abcdefg", Role.READER, null, now, null, null, null);
        assertThat(open.usableAt(now)).isTrue();
        assertThat(new ApiToken(1, 1, "ana", "t", "p", Role.READER, null, now, now.plusSeconds(1), null, null)
                .usableAt(now.plusSeconds(1))).isFalse();
        assertThat(new ApiToken(1, 1, "ana", "t", "p", Role.READER, null, now, null, now, null).usableAt(now)).isFalse();
        Caller caller = new Caller("ana", Role.READER, "token:t", 1, 7, null, null);
        assertThat(caller.bucket()).isEqualTo("token:7");
        assertThat(caller.auditName()).isEqualTo("ana (token:t)");
    }
}
