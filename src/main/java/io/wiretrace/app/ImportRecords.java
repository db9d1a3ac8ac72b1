package io.wiretrace.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.archive.ArchiveItem;
import io.wiretrace.archive.Capture;
import io.wiretrace.archive.ContextRecord;
import io.wiretrace.archive.ImportRun;
import io.wiretrace.archive.Reasons;
import io.wiretrace.archive.RecordProblem;
import io.wiretrace.archive.StepTally;
import io.wiretrace.archive.TextLine;
import io.wiretrace.article.ArticleInput;
import io.wiretrace.article.InputTooLarge;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.StatedTime;
import io.wiretrace.extract.NoArticleFound;
import io.wiretrace.ingest.FetchRecord;
import io.wiretrace.ingest.PageDecoder;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.ImportStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the items of one import step into articles through the ingest path ({@link ArticleReceiver},
 * {@link TrackArticle}): {@link #prepare} extracts, detects and fingerprints outside any transaction; {@link #write}
 * stores in the caller's transaction (the step's, committed with the import's cursor), so a record is stored whole or
 * not at all, and once.
 */
@ApplicationScoped
public class ImportRecords {

    /** What to do with one item once the step commits. */
    sealed interface Prepared permits Problem, Context, Store {
    }

    record Problem(RecordProblem problem) implements Prepared {
    }

    record Context() implements Prepared {
    }

    /** An article to store, and the record it came from. */
    record Store(ReceivedArticle received, TrackArticle.Analysis analysis, Instant firstSeen, String recordId, String member,
                 long offset, Long line, String targetUri, String payloadDigest) implements Prepared {
    }

    private final ArticleReceiver receiver;
    private final TrackArticle track;
    private final StoreArticles storing;
    private final ArticleStore articles;
    private final ImportStore imports;
    private final ObjectMapper json;

    public ImportRecords(ArticleReceiver receiver, TrackArticle track, StoreArticles storing, ArticleStore articles,
                         ImportStore imports, ObjectMapper json) {
        this.receiver = receiver;
        this.track = track;
        this.storing = storing;
        this.articles = articles;
        this.imports = imports;
        this.json = json;
    }

    /**
     * Receives every item of a step (no database writes): revisits are resolved in file order first, then the
     * records are extracted, analysed and fingerprinted in parallel (all cores), their order kept.
     */
    List<Prepared> prepare(ImportRun run, List<ArchiveItem> items) {
        Map<String, Capture> earlier = new HashMap<>();
        List<Object> resolved = new ArrayList<>(items.size());
        for (ArchiveItem item : items) {
            resolved.add(item instanceof Capture c ? resolve(run, c, earlier) : item);
        }
        return resolved.parallelStream().map(this::prepareOne).toList();
    }

    private Prepared prepareOne(Object item) {
        if (item instanceof Prepared p) {
            return p;
        }
        if (item instanceof RecordProblem p) {
            return new Problem(p);
        }
        if (item instanceof ContextRecord) {
            return new Context();
        }
        if (item instanceof TextLine line) {
            return line(line);
        }
        return receive((Capture) item);
    }

    /** Stores the prepared articles in the caller's transaction (batched: {@link StoreArticles}) and tallies the step. */
    StepTally write(ImportRun run, List<Prepared> prepared) {
        List<Store> stores = prepared.stream().filter(Store.class::isInstance).map(Store.class::cast).toList();
        List<StoreArticles.Outcome> outcomes = storing.storeWithin(stores.stream()
                .map(s -> new StoreArticles.Item(s.received(), s.analysis(), s.firstSeen())).toList());
        StepTally tally = new StepTally();
        List<ImportStore.RecordedArticle> recorded = new ArrayList<>(stores.size());
        int next = 0;
        for (Prepared p : prepared) {
            tally.record();
            if (p instanceof Problem problem) {
                tally.problem(problem.problem());
            } else if (p instanceof Context) {
                tally.context();
            } else if (p instanceof Store s) {
                StoreArticles.Outcome outcome = outcomes.get(next++);
                if (outcome.created()) {
                    tally.stored();
                } else {
                    tally.duplicate();
                }
                recorded.add(new ImportStore.RecordedArticle(s.recordId(), outcome.articleId(), outcome.created(),
                        s.member(), s.offset(), s.line(), s.targetUri(), s.firstSeen(), s.payloadDigest()));
            }
        }
        imports.recordArticles(run.id(), recorded);
        return tally;
    }

    /**
     * A capture with its content: a revisit takes that of the capture it refers to, earlier in this step or stored
     * by this import; one that refers to nothing found is a problem.
     */
    private Object resolve(ImportRun run, Capture capture, Map<String, Capture> earlier) {
        if (!capture.isRevisit()) {
            earlier.put(capture.recordId(), capture);
            earlier.put(capture.targetUri(), capture);
            return capture;
        }
        Optional<Capture> original = Optional.ofNullable(capture.refersTo() == null ? null : earlier.get(capture.refersTo()))
                .or(() -> Optional.ofNullable(capture.refersToUri() == null ? null : earlier.get(capture.refersToUri())))
                .or(() -> stored(run, capture));
        if (original.isEmpty()) {
            return new Problem(RecordProblem.skipped(Reasons.REVISIT_UNRESOLVED, capture.member(), capture.offset(),
                    "revisit " + capture.recordId() + " of " + capture.targetUri() + " refers to "
                            + (capture.refersTo() != null ? capture.refersTo() : capture.refersToUri())
                            + ", which is not an earlier capture of this import"));
        }
        return capture.withContentOf(original.get());
    }

    /** The content of an earlier capture of this import that a revisit refers to, from the store. */
    private Optional<Capture> stored(ImportRun run, Capture revisit) {
        return QuarkusTransaction.requiringNew().call(() -> imports.articleOfRecord(run.id(), revisit.refersTo(),
                        revisit.refersToUri() == null ? revisit.targetUri() : revisit.refersToUri())
                .flatMap(id -> articles.find(id).flatMap(article -> articles.snapshot(id).map(snapshot -> new Capture(
                        "response", revisit.refersTo(), article.url(), article.createdAt(), null, 0,
                        article.fetch() == null ? 200 : article.fetch().status(),
                        article.fetch() == null ? Map.of() : article.fetch().headers(), snapshot.contentType(),
                        snapshot.bytes(), null, null, null, null)))));
    }

    private Prepared receive(Capture c) {
        RecordProblem at = RecordProblem.failed("", c.member(), c.offset(), "");
        ReceivedArticle received;
        try {
            if (c.contentType() != null && c.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/plain")) {
                String text = new String(c.body(), charsetOf(c.contentType()));
                String url = c.targetUri() == null || c.targetUri().startsWith("urn:") ? null : c.targetUri();
                io.wiretrace.archive.TextFacts facts = c.text();
                received = receiver.receive(new ArticleInput.FromText(text, url, facts.outlet(), facts.title(),
                        StatedTime.parse("publishedAt", facts.publishedAt())));
            } else {
                FetchRecord fetch = c.recordType().equals("resource") ? null
                        : new FetchRecord(c.targetUri(), List.of(), c.status(), c.headers(), c.date());
                received = receiver.receivePage(c.targetUri(), c.body(), c.contentType(), fetch);
            }
        } catch (RuntimeException | StackOverflowError e) {
            return new Problem(problem(e, at, c.recordType() + " " + c.targetUri()));
        }
        return store(received, c.date(), c.recordId(), c.member(), c.offset(), null, c.targetUri(), c.payloadDigest());
    }

    private Prepared line(TextLine line) {
        RecordProblem at = RecordProblem.failed("", null, line.offset(), "").atLine(line.line());
        JsonNode node;
        try {
            node = json.readTree(line.text());
        } catch (java.io.IOException | RuntimeException e) {
            return new Problem(reason(at, true, Reasons.NOT_JSON, "line " + line.line() + " is not JSON: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
        if (node == null || !node.isObject()) {
            return new Problem(reason(at, true, Reasons.NOT_JSON, "line " + line.line() + " is not a JSON object"));
        }
        NdjsonArticle article;
        try {
            article = NdjsonArticle.of(node);
        } catch (InvalidInput e) {
            return new Problem(problem(e, at, "line " + line.line()));
        }
        if (article.missing() != null) {
            return new Problem(reason(at, true, Reasons.MISSING_FIELD, "line " + line.line() + " lacks "
                    + article.missing()));
        }
        Instant fetchedAt;
        ReceivedArticle received;
        try {
            fetchedAt = article.fetchedAt().map(OffsetDateTime::toInstant).orElse(null);
            String outlet = article.outlet();
            if (article.html() != null && outlet != null) {
                receiver.checkOutlet(article.url(), outlet);
            }
            received = article.html() != null
                    ? withOutlet(receiver.receive(new ArticleInput.FromHtml(article.html(), article.url())), outlet)
                    : receiver.receive(new ArticleInput.FromText(article.text(), article.url(), outlet, article.title(),
                    StatedTime.parse("publishedAt", article.publishedAt())));
        } catch (RuntimeException | StackOverflowError e) {
            return new Problem(problem(e, at, "line " + line.line()));
        }
        return store(received, fetchedAt, "line:" + line.line(), null, line.offset(), line.line(), article.url(), null);
    }

    private Prepared store(ReceivedArticle received, Instant firstSeen, String recordId, String member, long offset,
                           Long line, String targetUri, String digest) {
        boolean known = QuarkusTransaction.requiringNew().call(() -> track.findSame(received, firstSeen).isPresent());
        return new Store(received, known ? null : track.analyse(received), firstSeen, recordId, member, offset, line, targetUri, digest);
    }

    private static ReceivedArticle withOutlet(ReceivedArticle r, String outlet) {
        return outlet == null ? r : new ReceivedArticle(r.inputKind(), r.url(), r.urlKey(), r.finalUrl(), r.fetch(),
                r.snapshot(), r.contentSha256(), r.extracted(), outlet, r.attributions());
    }

    /**
     * The reason a record could not be received. Anything the receiver throws is the record's problem (extraction of
     * a hostile page may fail in unforeseen ways), so one bad record never stops an import; database errors happen
     * later, outside this, and retry the step.
     */
    private static RecordProblem problem(Throwable e, RecordProblem at, String what) {
        String detail = what + ": " + e.getMessage();
        if (e instanceof PageDecoder.UnknownCharset) {
            return reason(at, true, Reasons.UNKNOWN_CHARSET, detail);
        }
        if (e instanceof NoArticleFound) {
            return reason(at, false, Reasons.NO_ARTICLE, detail);
        }
        if (e instanceof InputTooLarge) {
            return reason(at, true, Reasons.TOO_LARGE, detail);
        }
        if (e instanceof InvalidInput) {
            return reason(at, true, Reasons.INVALID_INPUT, detail);
        }
        return reason(at, true, Reasons.EXTRACTION_ERROR, detail + " (" + e.getClass().getSimpleName() + ")");
    }

    private static RecordProblem reason(RecordProblem at, boolean failed, String reason, String detail) {
        return new RecordProblem(failed, reason, at.member(), at.offset(), at.line(), detail);
    }

    private static Charset charsetOf(String contentType) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)charset=\"?([^\";\\s]+)").matcher(contentType);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new PageDecoder.UnknownCharset(m.group(1));
            }
        }
        return StandardCharsets.UTF_8;
    }
}
