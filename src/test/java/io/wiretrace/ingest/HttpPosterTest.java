package io.wiretrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HttpPosterTest {

    static HttpPoster poster(List<String> allowed, Duration timeout) {
        return new HttpPoster(new OutboundAddress(allowed), Duration.ofSeconds(1), timeout, 16, "test-agent");
    }

    @Test
    void postsTheBodyWithItsHeadersAndReadsOnlyTheStartOfTheAnswer() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        try (LocalHttpServer server = new LocalHttpServer().on("/hook", exchange -> {
            seen.set(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("X-Test") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            LocalHttpServer.respond(exchange, 500, "text/plain", "x".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        })) {
            HttpPoster.Answer answer = poster(List.of("127.0.0.1"), Duration.ofSeconds(2)).post(server.url("/hook"),
                    Map.of("X-Test", "yes"), "application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
            assertThat(seen.get()).isEqualTo("POST yes application/json {\"a\":1}");
            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.success()).isFalse();
            assertThat(answer.bodyExcerpt()).hasSize(16);
        }
    }

    @Test
    void redirectsAreAnswersNotFollowed() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer().on("/hook",
                exchange -> LocalHttpServer.redirect(exchange, 302, "http://10.0.0.1/"))) {
            assertThat(poster(List.of("127.0.0.1"), Duration.ofSeconds(2)).post(server.url("/hook"), Map.of(),
                    "application/json", new byte[0]).status()).isEqualTo(302);
        }
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowedAndSlowReceiversTimeOut() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer().on("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            assertThatThrownBy(() -> poster(List.of(), Duration.ofSeconds(2)).post(server.url("/slow"), Map.of(),
                    "application/json", new byte[0])).isInstanceOfSatisfying(FetchException.class,
                    e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.ADDRESS_REFUSED));
            long started = System.nanoTime();
            assertThatThrownBy(() -> poster(List.of("127.0.0.1"), Duration.ofMillis(300)).post(server.url("/slow"),
                    Map.of(), "application/json", new byte[0])).isInstanceOfSatisfying(FetchException.class,
                    e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TIMEOUT));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }
}
