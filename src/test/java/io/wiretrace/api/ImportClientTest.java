package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.wiretrace.support.ArchiveFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line client ({@code import FILE...}) against this running test instance, run as its own process with
 * only the service's compiled classes on its class path: no Quarkus, no database driver, no embedded PostgreSQL could
 * start in it, and it writes nothing to its working directory.
 */
@QuarkusTest
class ImportClientTest {

    @TempDir
    Path dir;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void theClientUploadsShowsProgressAndEndsWhenTheImportIsDone() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path warc = fixtures.standardWarc(dir.resolve("cli-" + fixtures.tag + ".warc.gz"), true);
        Path work = Files.createDirectories(dir.resolve("cwd"));

        Result run = client(work, "import", warc.toString(), "--url", "http://localhost:" + port, "--token", io.wiretrace.support.Api.BOOTSTRAP_TOKEN);

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("import ", "stored", "rec/s", "ETA", "done").contains("[" + "#".repeat(30) + "]");
        try (var files = Files.list(work)) {
            assertThat(files).as("the client writes nothing (no data/pg)").isEmpty();
        }
        JsonPath imports = given().get("/api/imports").then().statusCode(200).extract().jsonPath();
        int at = imports.getList("file.name").indexOf(warc.getFileName().toString());
        assertThat(at).isNotNegative();
        assertThat(imports.getString("[" + at + "].status")).isEqualTo("done");
        assertThat(imports.getLong("[" + at + "].stored")).isEqualTo(4);
    }

    @Test
    void usageAndRefusalsEndWithAnErrorStatus() throws Exception {
        Path work = Files.createDirectories(dir.resolve("cwd2"));
        assertThat(client(work, "import").exit()).isEqualTo(2);
        Path junk = Files.writeString(dir.resolve("junk.bin"), "neither a warc nor anything else");
        Result unsigned = client(work, "import", junk.toString(), "--url", "http://localhost:" + port);
        assertThat(unsigned.exit()).isEqualTo(1);
        assertThat(unsigned.output()).contains("refused (401)");
        Result refused = client(work, "import", junk.toString(), "--url", "http://localhost:" + port, "--token",
                io.wiretrace.support.Api.BOOTSTRAP_TOKEN);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("refused (400)");
    }

    record Result(int exit, String output) {
    }

    private static Result client(Path work, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", Path.of("target/classes").toAbsolutePath().toString(),
                "io.wiretrace.WiretraceMain"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the client ends").isTrue();
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
