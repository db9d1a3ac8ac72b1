package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.archive.ArchivedArticle;
import io.wiretrace.archive.TextFacts;
import io.wiretrace.archive.CaseWarcWriter;
import io.wiretrace.archive.WaczPackager;
import io.wiretrace.article.Article;
import io.wiretrace.article.Snapshot;
import io.wiretrace.provenance.NodeIds;
import io.wiretrace.provenance.Story;
import io.wiretrace.provenance.Subgraph;
import io.wiretrace.provenance.export.ProvJsonExporter;
import io.wiretrace.store.ArticleStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A story or an article's chain as a web archive (WARC or WACZ): every stored article in it with its snapshot, and the
 * case's PROV-JSON as a metadata record. Written to a temporary file that the caller streams and deletes.
 */
@ApplicationScoped
public class ExportArchive {

    private final TraceProvenance trace;
    private final ArticleStore articles;

    public ExportArchive(TraceProvenance trace, ArticleStore articles) {
        this.trace = trace;
        this.articles = articles;
    }

    /** The story of an article as a WARC ({@code wacz} false) or WACZ file. */
    public Path story(long articleId, boolean wacz) {
        return story(trace.story(articleId), wacz);
    }

    /** A story traced already as a WARC ({@code wacz} false) or WACZ file. */
    public Path story(Story story, boolean wacz) {
        // named by the story's own id (as /api/stories/{id} names it), whichever member it was asked for through
        return write(story.subgraph(), "urn:wiretrace:" + story.id(), "Wiretrace " + story.id().replace(':', ' '), wacz);
    }

    /** The chain of an article to its origin (and its alternatives) as a WARC or WACZ file. */
    public Path chain(long articleId, boolean wacz) {
        return write(Subgraph.of(trace.chain(articleId)), "urn:wiretrace:chain:article:" + articleId,
                "Wiretrace provenance chain of article " + articleId, wacz);
    }

    private Path write(Subgraph graph, String caseUri, String title, boolean wacz) {
        List<ArchivedArticle> members = QuarkusTransaction.requiringNew().call(() -> load(graph));
        String prov = new ProvJsonExporter().export(graph);
        try {
            Path dir = Files.createTempDirectory("wiretrace-export");
            Path warc = dir.resolve("data.warc.gz");
            try (OutputStream out = Files.newOutputStream(warc)) {
                new CaseWarcWriter().write(out, warc.getFileName().toString(), members, caseUri, prov);
            }
            if (!wacz) {
                return warc;
            }
            Path zip = dir.resolve("case.wacz");
            try (OutputStream out = Files.newOutputStream(zip)) {
                new WaczPackager().write(warc, members, title, out);
            }
            Files.delete(warc);
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stored articles of the graph, and those holding its evidence (an inferred hop quotes another article's
     * credit: the case file carries that article too, so every offset can be checked in it).
     */
    private List<ArchivedArticle> load(Subgraph graph) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        graph.nodes().forEach(n -> ids.add(n.id()));
        graph.edges().forEach(e -> e.evidence().forEach(p -> {
            if (p.foundIn() != null) {
                ids.add(p.foundIn());
            }
        }));
        List<ArchivedArticle> found = new ArrayList<>();
        for (String nodeId : ids) {
            if (!NodeIds.isArticle(nodeId)) {
                continue;
            }
            long id = NodeIds.articleId(nodeId);
            Optional<Article> article = articles.find(id);
            Optional<Snapshot> snapshot = articles.snapshot(id);
            if (article.isPresent() && snapshot.isPresent()) {
                found.add(archived(article.get(), snapshot.get()));
            }
        }
        return found;
    }

    private static ArchivedArticle archived(Article a, Snapshot snapshot) {
        boolean page = a.url() != null && !a.inputKind().equals("text");
        return new ArchivedArticle(a.id(), a.url(), a.fetch() != null ? a.fetch().fetchedAt() : a.createdAt(),
                a.fetch() != null ? a.fetch().status() : 200, a.fetch() != null ? a.fetch().headers() : Map.of(),
                snapshot.contentType(), snapshot.bytes(), a.extracted().title(), page, page ? null
                        : new TextFacts(a.outlet() == null ? null : a.outlet().name(), a.extracted().title(),
                                a.extracted().publishedAt() == null ? null : a.extracted().publishedAt().toString()));
    }
}
