package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.wiretrace.support.ArchiveFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import pages: the list with its upload form and progress bars, one import's progress, errors as pages. */
@QuarkusTest
class ImportPagesTest {

    @TempDir
    Path dir;

    @Test
    void theImportPagesShowProgressAndTallies() {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path warc = fixtures.standardWarc(dir.resolve("page-" + fixtures.tag + ".warc.gz"), true);
        String id = Imports.upload(warc, "application/warc");
        Imports.awaitEnd(id);

        given().accept("text/html").get("/imports").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("data-upload"), containsString("type=\"file\""),
                        containsString(warc.getFileName().toString()), containsString("<progress max=\"100\" value=\"100\">"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"));
        given().accept("text/html").get("/imports/" + id).then().statusCode(200)
                .body(containsString(warc.getFileName().toString() + ": done"), containsString("4 articles stored"),
                        containsString("not-html: 1"), containsString("http-status"));
    }

    @Test
    void badInputIsAnErrorPage() {
        given().accept("text/html").contentType("application/x-www-form-urlencoded").formParam("file", "../pom.xml")
                .post("/imports").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("plain file name"));
        given().accept("text/html").get("/imports/nope").then().statusCode(400);
    }
}
