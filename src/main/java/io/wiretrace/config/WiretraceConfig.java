package io.wiretrace.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** All Wiretrace settings ({@code wiretrace.*}); the README lists them with their environment variable names. */
@ConfigMapping(prefix = "wiretrace")
public interface WiretraceConfig {

    /** Fetching pages for {@code POST /api/articles {"url": ...}}. */
    Fetch fetch();

    /** Limits on what clients send. */
    Ingest ingest();

    /** Text-reuse matching at ingest. */
    Reuse reuse();

    /** Settings of text-reuse matching. */
    interface Reuse {
        /** Align paraphrased sentences with the in-process MiniLM sentence-embedding model (else lexical only). */
        @WithDefault("true")
        boolean semanticModel();

        /** Candidates verified per ingested article, best first. */
        @WithDefault("20")
        int maxVerified();
    }

    /** Directory of the shared test corpus ({@code ../shared/corpus}); read by the test suite only. */
    Optional<String> corpus();

    /** Settings for fetching remote pages. */
    interface Fetch {
        /** Time allowed to open a connection. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Time allowed for the whole response once connected. */
        @WithDefault("15s")
        Duration readTimeout();

        /** Cap on a fetched body in bytes, compressed and decompressed. */
        @WithDefault("5242880")
        long maxBytes();

        /** Redirects followed before a fetch fails. */
        @WithDefault("5")
        int maxRedirects();

        /** Hosts or IPs exempt from the private-address (SSRF) filter, e.g. "127.0.0.1" for a local test server. */
        Optional<List<String>> allowedHosts();

        /** User-Agent header sent with every fetch. */
        @WithDefault("Wiretrace/0.1 (+provenance tracing)")
        String userAgent();
    }

    /** Limits on ingest requests. */
    interface Ingest {
        /** Cap on the characters of an {@code html} or {@code text} field. */
        @WithDefault("5000000")
        int maxInputChars();
    }
}
