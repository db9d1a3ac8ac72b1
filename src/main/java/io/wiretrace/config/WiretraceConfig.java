package io.wiretrace.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** All Wiretrace settings ({@code wiretrace.*}); the README lists them with their environment variable names. */
@ConfigMapping(prefix = "wiretrace")
public interface WiretraceConfig {

    /** The default of {@link #dataDir()}, a path relative to the working directory. */
    String DEFAULT_DATA_DIR = "data";

    /**
     * Where the embedded database keeps its files ({@code <dir>/pg}, read by {@code WiretraceMain} before the service
     * starts) and, unless set apart, the import store ({@code <dir>/imports}).
     */
    @WithDefault(DEFAULT_DATA_DIR)
    String dataDir();

    /** Fetching pages for {@code POST /api/articles {"url": ...}}. */
    Fetch fetch();

    /** Limits on what clients send. */
    Ingest ingest();

    /** Text-reuse matching at ingest. */
    Reuse reuse();

    /** Word search over stored articles. */
    Search search();

    /** Limits on word queries ({@code GET /api/articles?q=}, the home page search); longer ones are a 400. */
    interface Search {
        /** Characters of a query. */
        @WithDefault("500")
        int maxQueryChars();

        /** Words of a query (runs of non-space characters). */
        @WithDefault("32")
        int maxQueryWords();
    }

    /** Watched sources (feeds, sitemaps): polling, politeness, health and revision re-checks. */
    Sources sources();

    /** Watching sources: polled on the work queue, politely, with health and revision re-checks. */
    interface Sources {
        /** Whether this instance runs the tick that queues due polls and re-checks (any instance may work them). */
        @WithDefault("true")
        boolean enabled();

        /** How often the tick looks for due sources and re-checks in PostgreSQL and queues them. */
        @WithDefault("5s")
        Duration tick();

        /** Default shortest wait between two polls of a source (a source may ask for less, down to 1 s). */
        @WithDefault("5m")
        Duration minInterval();

        /** Default longest wait between two polls of a source. */
        @WithDefault("24h")
        Duration maxInterval();

        /** Items the first poll of a new source ingests (its newest); older ones are listed on the source, not fetched. */
        @WithDefault("50")
        int firstPollItems();

        /**
         * Item pages fetched per poll; the rest wait for the next polls, which come sooner while a backlog remains (a
         * poll holds a queue worker while it fetches, one host delay per item).
         */
        @WithDefault("25")
        int maxItemsPerPoll();

        /** Child sitemaps of a sitemap index read per poll (new or changed ones first); the rest in later polls. */
        @WithDefault("10")
        int maxSitemapsPerPoll();

        /** Wait before the next poll while items or child sitemaps are still waiting (never above the source's interval). */
        @WithDefault("30s")
        Duration backlogDelay();

        /** Attempts at an item page that fails before it is given up (counted as failed). */
        @WithDefault("5")
        int itemAttempts();

        /** Cap on a feed or sitemap document, compressed and unpacked (the sitemap protocol's 50 MB). */
        @WithDefault("52428800")
        long maxDocumentBytes();

        /** Cap on the URLs read from one sitemap or feed (the sitemap protocol's 50,000). */
        @WithDefault("50000")
        int maxDocumentUrls();

        /** Least time between two requests to one host (a longer robots.txt Crawl-delay wins). */
        @WithDefault("1s")
        Duration minHostDelay();

        /** Requests to watched hosts in flight at once, across all instances. */
        @WithDefault("8")
        int maxConcurrentFetches();

        /** Longest a poll waits for its host's turn before it gives the job back to be tried later. */
        @WithDefault("30s")
        Duration maxHostWait();

        /** How long a host's robots.txt is kept before it is read again. */
        @WithDefault("24h")
        Duration robotsTtl();

        /** Consecutive failed polls that raise an alert on the source. */
        @WithDefault("5")
        int alertAfterFailures();

        /** Revision re-checks of articles from watched sources. */
        Rechecks rechecks();
    }

    /** Revision re-checks: again when the time since the last check is a fraction of the article's age. */
    interface Rechecks {
        /** Whether articles from watched sources are re-checked at all. */
        @WithDefault("true")
        boolean enabled();

        /** Re-check when the time since the last check reaches this share of the article's age. */
        @WithDefault("0.2")
        double fraction();

        /** No re-checks of articles older than this. */
        @WithDefault("14d")
        Duration maxAge();

        /** Least time between two checks of one article. */
        @WithDefault("15m")
        Duration floor();
    }

    /** Building provenance graphs. */
    Provenance provenance();

    /** The durable work queue that runs all background work (reuse matching, credit following, re-analysis). */
    Queue queue();

    /**
     * The work queue in PostgreSQL, shared by every instance on the database: each due job is leased by one instance,
     * renewed while it works, and taken over by another when its lease expires.
     */
    interface Queue {
        /** Worker threads of this instance taking jobs; 0 makes an instance that serves HTTP only. */
        @WithDefault("2")
        int workers();

        /** How often an idle worker looks for due jobs that other instances queued (its own wake it at once). */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * Visibility timeout: a job's lease, renewed every third of it while the instance works on the job; a job
         * whose instance died is taken again by another instance once the lease has run out.
         */
        @WithDefault("60s")
        Duration lease();

        /** Attempts before a failing job is dead (kept with its last error). */
        @WithDefault("5")
        int maxAttempts();

        /** Wait before the second attempt; doubled for each further attempt, up to backoff-max (±20% jitter). */
        @WithDefault("10s")
        Duration backoffBase();

        /** Longest wait between two attempts. */
        @WithDefault("1h")
        Duration backoffMax();

        /** How long succeeded jobs are kept before they are deleted (failed and dead ones are kept). */
        @WithDefault("7d")
        Duration retainSucceeded();

        /** This instance's name on the leases it holds (default: host name, process id and a random suffix). */
        Optional<String> instanceName();
    }

    /** Bulk imports of web archives (WARC, WACZ) and NDJSON news dumps. */
    Imports imports();

    /**
     * Imports run as jobs of the work queue, a step of records at a time, each step committed with its cursor, so an
     * interrupted import resumes from its last committed record on any instance.
     */
    interface Imports {
        /**
         * The import store: where uploaded files are kept for their import. Instances that share a database must
         * share this directory too (any instance may resume an import). By default it lies in the data directory.
         */
        @WithDefault("${wiretrace.data-dir}/imports")
        String store();

        /**
         * A directory whose files {@code POST /api/imports {"file": "name"}} may name (an admin setting; no other
         * server path is accepted); unset: importing by name is off.
         */
        Optional<String> dir();

        /** Largest file an upload may send (413 above, refused before it fills the disk). */
        @WithDefault("10G")
        io.quarkus.runtime.configuration.MemorySize maxUploadSize();

        /** Largest WARC record block or NDJSON line read; larger ones are counted as {@code record-too-large}. */
        @WithDefault("16M")
        io.quarkus.runtime.configuration.MemorySize maxRecordSize();

        /** Records read and committed per step of an import (a crash loses at most one step, done again). */
        @WithDefault("200")
        int stepRecords();

        /** Problems kept with their offsets per import (the counts by reason are always complete). */
        @WithDefault("1000")
        int problemsKept();
    }

    /** Settings of provenance graphs. */
    interface Provenance {
        /** Following the URLs an ingested article credits: fetching and ingesting the pages it names as sources. */
        FollowCredits followCredits();
    }

    /**
     * Credited URLs (an attribution whose target is a URL not stored yet) are fetched and ingested in the background
     * through the same fetcher and safety rules as {@code POST /api/articles {"url"}}.
     */
    interface FollowCredits {
        /** Follow credited URLs at all; off by default (the service then fetches only what clients submit). */
        @WithDefault("false")
        boolean enabled();

        /** Credit hops followed from an article a client ingested: 1 follows only the URLs that article credits. */
        @WithDefault("1")
        int maxDepth();

        /** Credited URLs followed per article, in the order its attributions were found. */
        @WithDefault("5")
        int maxUrls();
    }

    /** Settings of text-reuse matching. */
    interface Reuse {
        /** Align paraphrased sentences with the in-process MiniLM sentence-embedding model (else lexical only). */
        @WithDefault("true")
        boolean semanticModel();

        /**
         * Match in the background after the ingest commits (the response says {@code reuseStatus: pending}); false
         * matches before answering.
         */
        @WithDefault("true")
        boolean background();

        /** Candidates verified per ingested article, best first. */
        @WithDefault("20")
        int maxVerified();

        /** Classification thresholds (see io.wiretrace.reuse.ReuseThresholds for each rule). */
        Thresholds thresholds();

        /** Which key overlaps make a stored article a candidate (see io.wiretrace.reuse.CandidatePolicy). */
        Candidates candidates();
    }

    /** Candidate lookup: what an article must share with a stored one to be verified against it. */
    interface Candidates {
        /** LSH band collisions that suffice on their own. */
        @WithDefault("1")
        int minBandHits();

        /** Shared winnowing (passage) keys that suffice. */
        @WithDefault("2")
        int minPartialHits();

        /** Shared anchor facts (names, quotes, numbers) that suffice without shared wording. */
        @WithDefault("3")
        int minAnchorHits();

        /** A key held by more articles than this is boilerplate: ignored, and recorded as a stop key. */
        @WithDefault("1000")
        int maxPostings();
    }

    /** Thresholds of the reuse classes; defaults are io.wiretrace.reuse.ReuseThresholds.DEFAULT. */
    interface Thresholds {
        /** duplicate: containment at least this both ways. */
        @WithDefault("0.9")
        double duplicateMinContainment();

        /** substantial_reuse: containment at least this either way. */
        @WithDefault("0.5")
        double substantialMinContainment();

        /** partial_reuse: at least this many words in verbatim passages outside quotations. */
        @WithDefault("20")
        int partialMinPassageWords();

        /** Verbatim passages shorter than this many words are not reported. */
        @WithDefault("8")
        int passageMinWords();

        /** Changed words tolerated inside one verbatim passage. */
        @WithDefault("4")
        int passageMaxGap();

        /** A sentence pair counts as aligned at this lexical similarity (lexical mode). */
        @WithDefault("0.28")
        double minPairLexical();

        /** A sentence pair counts as aligned at this combined similarity (with the sentence model). */
        @WithDefault("0.55")
        double minPairSemantic();

        /** rewrite: at least this many aligned sentence pairs... */
        @WithDefault("3")
        int rewriteMinPairs();

        /** ...covering at least this share of the shorter text's sentences. */
        @WithDefault("0.3")
        double rewriteMinCoverage();

        /** same_story: at least this many shared anchor facts. */
        @WithDefault("2")
        int sameStoryMinAnchors();
    }

    /** Webhook deliveries of events. */
    Webhooks webhooks();

    /**
     * Deliveries of events to webhooks: jobs of the work queue, each POST signed, bounded in time and size, and
     * retried with exponential backoff for at least {@code retry-for}.
     */
    interface Webhooks {
        /**
         * Hosts or IPs a webhook URL may name although they are not public addresses (the SSRF filter refuses them
         * otherwise), e.g. "127.0.0.1" for a receiver on the same machine.
         */
        Optional<List<String>> allowedHosts();

        /** Time allowed to open a connection to a receiver. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Time allowed for the whole delivery, from the request to the receiver's answer. */
        @WithDefault("10s")
        Duration timeout();

        /** Bytes of the receiver's answer read and kept in the delivery log; the rest is discarded. */
        @WithDefault("2048")
        int maxResponseBytes();

        /** Wait before the second attempt; doubled for each further attempt up to backoff-max (±20% jitter). */
        @WithDefault("30s")
        Duration backoffBase();

        /** Longest wait between two attempts. */
        @WithDefault("2h")
        Duration backoffMax();

        /** A failing delivery is retried for at least this long before it is given up (its job is dead). */
        @WithDefault("24h")
        Duration retryFor();
    }

    /** Accounts, sessions, tokens, anonymous reading and request limits. */
    Auth auth();

    /** Who may use the service: accounts with roles, browser sessions, API tokens, limits on expensive requests. */
    interface Auth {
        /**
         * An admin API token for automation (CI, benchmarks, scripts), accepted as {@code Authorization: Bearer <token>}
         * (at least 16 characters); unset: none. Never logged.
         */
        Optional<String> bootstrapToken();

        /** Whether requests without credentials may read (the reader role); writes still need an account. */
        @WithDefault("false")
        boolean anonymousRead();

        /**
         * Who may read {@code /q/metrics}, {@code /q/openapi} and {@code /q/swagger-ui}: role-admin, role-analyst,
         * role-reader, or permit (anyone). Read by the HTTP permission in application.properties.
         */
        @WithDefault("role-admin")
        String platformAccess();

        /** Creates this admin account at start when the service has no account yet (with admin-password). */
        Optional<String> adminUsername();

        /** The first admin's password (at least 12 characters); used only while no account exists. */
        Optional<String> adminPassword();

        /** How long a browser session lasts after login. */
        @WithDefault("12h")
        Duration sessionTimeout();

        /** Whether the session cookie is marked Secure even on plain HTTP (behind a TLS-terminating proxy). */
        @WithDefault("false")
        boolean secureCookie();

        /** bcrypt's work factor for passwords (log2 of the rounds). */
        @WithDefault("12")
        int bcryptCost();

        /** Failed logins per account, and per client address, in login-window before further tries wait (429). */
        @WithDefault("5")
        int loginMaxFailures();

        /** Failed logins per client address in login-window before further tries from it wait (429). */
        @WithDefault("20")
        int loginMaxFailuresPerAddress();

        /** The window failed logins are counted in. */
        @WithDefault("15m")
        Duration loginWindow();

        /** Limits on the expensive operations (fetching, comparing, analyzing, importing), per minute. */
        RateLimits rateLimits();

        /** Single sign-on through an OpenID Connect provider (off by default). */
        SingleSignOn sso();
    }

    /**
     * OpenID Connect single sign-on (the authorization code flow with PKCE): a "Sign in with …" button on the login
     * page; the account is found or created by the provider's subject, its role read from a claim at every login.
     */
    interface SingleSignOn {
        @WithDefault("false")
        boolean enabled();

        /** The provider's issuer ({@code https://sso.example.org/realms/news}); its discovery document is read from it. */
        Optional<String> issuer();

        Optional<String> clientId();

        /** The client's secret (sent with HTTP Basic to the token endpoint); unset for a public client (PKCE only). */
        Optional<String> clientSecret();

        /**
         * Where the provider sends the browser back: this service's {@code /login/sso/callback} as the provider knows
         * it; unset: built from the request (scheme, host and port as received).
         */
        Optional<String> redirectUri();

        @WithDefault("openid profile email")
        String scopes();

        /** The claim holding the user's groups or roles; a dotted path reads nested claims ({@code realm_access.roles}). */
        @WithDefault("roles")
        String roleClaim();

        /** Claim values granting each role (the highest one granted wins). */
        @WithDefault("wiretrace-admin")
        List<String> adminValues();

        @WithDefault("wiretrace-analyst")
        List<String> analystValues();

        @WithDefault("wiretrace-reader")
        List<String> readerValues();

        /** The role of a user whose claim grants none (reader, analyst or admin); unset: such a user is refused. */
        Optional<String> defaultRole();

        /** The claim naming the account ({@code preferred_username}, else {@code email}, else the subject). */
        @WithDefault("preferred_username")
        String usernameClaim();

        /** The button's words on the login page. */
        @WithDefault("Sign in with single sign-on")
        String buttonLabel();

        /** Connect and read timeout of each request to the provider. */
        @WithDefault("10s")
        Duration timeout();
    }

    /**
     * Requests a minute to the expensive operations, per token (or per account for a session, or per client address
     * when anonymous); 0: unlimited. A token's own limit overrides its role's.
     */
    interface RateLimits {
        /** For reader tokens and sessions (and anonymous readers, per address). */
        @WithDefault("30")
        int reader();

        /** For analysts. */
        @WithDefault("120")
        int analyst();

        /** For admins (and the bootstrap token). */
        @WithDefault("0")
        int admin();
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

        /** Cap on the characters of a submitted {@code url} (400 above). */
        @WithDefault("2048")
        int maxUrlChars();
    }
}
