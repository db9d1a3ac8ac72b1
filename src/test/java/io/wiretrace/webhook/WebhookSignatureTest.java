package io.wiretrace.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "s3cret-s3cret-s3cret";
    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void theHeaderIsTheTimestampAndTheHmacOfTimestampDotBody() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the RFC 4231-style known answer
        assertThat(WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
        String header = WebhookSignature.header(SECRET, AT, "{\"a\":1}");
        assertThat(header).isEqualTo("t=" + AT.getEpochSecond() + ",v1="
                + WebhookSignature.hmac(SECRET, AT.getEpochSecond() + ".{\"a\":1}"));
    }

    @Test
    void verificationNeedsTheSameSecretBodyAndAFreshTimestamp() {
        String body = "{\"deliveryId\":\"x\"}";
        String header = WebhookSignature.header(SECRET, AT, body);
        Duration tolerance = Duration.ofMinutes(5);

        assertThat(WebhookSignature.verify(header, SECRET, body, AT.plusSeconds(60), tolerance)).isTrue();
        assertThat(WebhookSignature.verify(header, "another-secret-value", body, AT, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(header, SECRET, body + " ", AT, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(header, SECRET, body, AT.plusSeconds(600), tolerance)).isFalse();
        assertThat(WebhookSignature.verify("t=abc,v1=00", SECRET, body, AT, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(null, SECRET, body, AT, tolerance)).isFalse();
    }
}
