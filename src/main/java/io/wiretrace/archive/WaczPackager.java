package io.wiretrace.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import io.wiretrace.provenance.export.Json;

/**
 * Packages a WARC as a WACZ 1.1: {@code archive/<warc>} (stored uncompressed, so players can seek in it),
 * {@code indexes/index.cdx} (CDXJ, {@link CdxjIndex}), {@code pages/pages.jsonl} and {@code datapackage.json} listing every
 * file with its size and SHA-256. Stateless.
 */
public final class WaczPackager {

    public static final String WACZ_VERSION = "1.1.1";

    /** Writes the WACZ of {@code warc} (a file whose name is kept under {@code archive/}) to {@code out}. */
    public void write(Path warc, List<ArchivedArticle> pages, String title, OutputStream out) throws IOException {
        String warcName = warc.getFileName().toString();
        List<String> resources = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            resources.add(storeFile(zip, "archive/" + warcName, warc));
            resources.add(deflated(zip, "indexes/index.cdx", CdxjIndex.of(warc).getBytes(StandardCharsets.UTF_8)));
            resources.add(deflated(zip, "pages/pages.jsonl", pagesJsonl(pages).getBytes(StandardCharsets.UTF_8)));
            String datapackage = "{\"profile\":\"data-package\",\"wacz_version\":\"" + WACZ_VERSION + "\",\"title\":"
                    + Json.str(title) + ",\"created\":" + Json.str(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                    + ",\"software\":\"Wiretrace\",\"mainPageUrl\":" + Json.str(pages.isEmpty() ? "" : pages.get(0).targetUri())
                    + ",\"resources\":[" + String.join(",", resources) + "]}";
            deflated(zip, "datapackage.json", datapackage.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String pagesJsonl(List<ArchivedArticle> pages) {
        StringBuilder out = new StringBuilder("{\"format\":\"json-pages-1.0\",\"id\":\"pages\",\"title\":\"All Pages\"}\n");
        for (ArchivedArticle page : pages) {
            out.append("{\"id\":\"article-").append(page.id()).append("\",\"url\":").append(Json.str(page.targetUri()))
                    .append(",\"ts\":").append(Json.str(page.capturedAt().toString()))
                    .append(page.title() == null ? "" : ",\"title\":" + Json.str(page.title())).append("}\n");
        }
        return out.toString();
    }

    /** A STORED entry (size and CRC computed first); returns its datapackage resource. */
    private static String storeFile(ZipOutputStream zip, String path, Path file) throws IOException {
        CRC32 crc = new CRC32();
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                crc.update(buffer, 0, n);
                sha.update(buffer, 0, n);
            }
        }
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(Files.size(file));
        entry.setCompressedSize(Files.size(file));
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
        return resource(path, HexFormat.of().formatHex(sha.digest()), Files.size(file));
    }

    private static String deflated(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
        return resource(path, HexFormat.of().formatHex(sha256().digest(bytes)), bytes.length);
    }

    private static String resource(String path, String sha256, long bytes) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return "{\"name\":" + Json.str(name) + ",\"path\":" + Json.str(path) + ",\"hash\":\"sha256:" + sha256
                + "\",\"bytes\":" + bytes + "}";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
