package io.wiretrace.api;

import io.wiretrace.article.InvalidInput;
import io.wiretrace.provenance.Subgraph;
import io.wiretrace.provenance.export.CsvEdgeExporter;
import io.wiretrace.provenance.export.GraphMlExporter;
import io.wiretrace.provenance.export.ProvJsonExporter;
import io.wiretrace.provenance.export.ProvJsonLdExporter;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;

/** The export formats of a provenance subgraph, chosen with {@code ?format=}. */
enum ExportFormat {
    PROV_JSON("prov-json", "application/json", "json"),
    PROV_O("prov-o", "application/ld+json", "jsonld"),
    GRAPHML("graphml", "application/graphml+xml", "graphml"),
    CSV("csv", "text/csv; charset=utf-8", "csv"),
    WARC("warc", "application/warc", "warc.gz"),
    WACZ("wacz", "application/wacz", "wacz");

    private final String name;
    private final String mediaType;
    private final String extension;

    ExportFormat(String name, String mediaType, String extension) {
        this.name = name;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ExportFormat parse(String value) {
        return parse(value, true);
    }

    /** A graph's format; {@code archives} false where there are no snapshots to archive (an outlet graph). */
    static ExportFormat parse(String value, boolean archives) {
        String v = value == null ? "prov-json" : value.strip().toLowerCase(Locale.ROOT);
        java.util.List<ExportFormat> offered = Arrays.stream(values()).filter(f -> archives || !f.isArchive()).toList();
        return offered.stream().filter(f -> f.name.equals(v)).findFirst().orElseThrow(() -> new InvalidInput("format",
                "format '" + value + "' is not one of " + String.join(", ", offered.stream().map(f -> f.name).toList())
                        + (archives ? "" : " (web archives, warc and wacz, are exported per chain or story: an "
                        + "outlet graph joins outlets, not articles)")));
    }

    /** A web archive of the case (its articles' snapshots and its PROV-JSON), not a graph document. */
    boolean isArchive() {
        return this == WARC || this == WACZ;
    }

    /** Streams an archive written to a temporary file, then deletes it. */
    Response renderArchive(java.nio.file.Path file, String fileStem) {
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            try {
                java.nio.file.Files.copy(file, out);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
                java.nio.file.Files.deleteIfExists(file.getParent());
            }
        };
        return Response.ok(body).header("Content-Type", mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileStem + "." + extension + "\"").build();
    }

    Response render(Subgraph graph, String fileStem) {
        String body = switch (this) {
            case WARC, WACZ -> throw new IllegalStateException(name + " is an archive: use renderArchive");
            case PROV_JSON -> new ProvJsonExporter().export(graph);
            case PROV_O -> new ProvJsonLdExporter().export(graph);
            case GRAPHML -> new GraphMlExporter().export(graph);
            case CSV -> new CsvEdgeExporter().export(graph);
        };
        return Response.ok(body).header("Content-Type", mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileStem + "." + extension + "\"").build();
    }
}
