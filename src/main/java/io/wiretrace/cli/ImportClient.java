package io.wiretrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code import FILE... [--url http://host:8080] [--token T]}: uploads each file to {@code POST /api/imports} of a
 * running service and shows its progress (records/s, stored, skipped, ETA) by polling {@code GET /api/imports/{id}}.
 * Exit status 0 when every import is done, 1 when one failed or was cancelled, 2 for a usage error.
 */
public final class ImportClient {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final long POLL_MILLIS = 500;
    private static final String TOKEN_VARIABLE = "WIRETRACE_TOKEN";
    static final String USAGE = """
            usage: java -jar quarkus-run.jar import FILE... [--url http://host:8080] [--token TOKEN]
              Uploads each WARC, WACZ or NDJSON file to POST /api/imports of a running service and shows its progress.
              --url    the service (default http://localhost:8080)
              --token  an API token of an analyst or admin (Authorization: Bearer); without it, the environment
                       variable WIRETRACE_TOKEN (which, unlike an argument, other users cannot see in the process list)
              exit status: 0 every import done, 1 one failed, was refused or was cancelled, 2 usage error""";

    private final URI base;
    private final String token;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ImportClient(URI base, String token, PrintStream out) {
        this.base = base;
        this.token = token;
        this.out = out;
    }

    /** Runs the command with its arguments (after {@code import}); returns the exit status. */
    public static int run(String[] args, PrintStream out) {
        return run(args, System.getenv(), out);
    }

    /** The same with the environment given (the token's variable). */
    static int run(String[] args, java.util.Map<String, String> env, PrintStream out) {
        List<Path> files = new ArrayList<>();
        String url = "http://localhost:8080";
        String token = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url", "--token" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        return usage(out, args[i] + " needs a value");
                    }
                    if (args[i].equals("--url")) {
                        url = args[++i];
                    } else {
                        token = args[++i];
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("-") && !args[i].equals("-")) {
                        return usage(out, "unknown option " + args[i] + " (a file whose name starts with '-': ./" + args[i] + ")");
                    }
                    files.add(Path.of(args[i]));
                }
            }
        }
        if (files.isEmpty()) {
            out.println(USAGE);
            return 2;
        }
        URI base = service(url);
        if (base == null) {
            return usage(out, "--url must be the service's http(s) address, such as http://localhost:8080; got '" + url + "'");
        }
        if (token == null) {
            token = env.get(TOKEN_VARIABLE);
        }
        ImportClient client = new ImportClient(base, token, out);
        int status = 0;
        for (Path file : files) {
            status = Math.max(status, client.importFile(file));
        }
        return status;
    }

    private static int usage(PrintStream out, String problem) {
        out.println(problem);
        out.println(USAGE);
        return 2;
    }

    /** The service's base address ending in '/', or null when {@code url} is no http(s) address with a host. */
    private static URI service(String url) {
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    int importFile(Path file) {
        if (!Files.isRegularFile(file)) {
            out.println(file + ": no such file");
            return 1;
        }
        try {
            HttpResponse<String> started = http.send(request("api/imports?name="
                    + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8))
                    .header("Content-Type", mediaType(file)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(started.body());
            if (started.statusCode() != 202 || !id.find()) {
                out.println(file + ": refused (" + started.statusCode() + "): " + field(started.body(), "detail"));
                return 1;
            }
            out.println(file + ": import " + id.group(1));
            return follow(id.group(1));
        } catch (IOException e) {
            out.println(file + ": cannot reach " + base + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (RuntimeException e) { // a token no header can carry, an answer cut short: said in a line, no trace
            out.println(file + ": failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return 1;
        }
    }

    private int follow(String id) throws IOException, InterruptedException {
        while (true) {
            String body = http.send(request("api/imports/" + id).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            String status = field(body, "status");
            out.print("\r" + ProgressBar.line(body));
            if (status.equals("done") || status.equals("failed") || status.equals("cancelled")) {
                out.println();
                out.println(status + (field(body, "error").equals("null") ? "" : ": " + field(body, "error")));
                return status.equals("done") ? 0 : 1;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return "application/warc";
        }
        if (name.endsWith(".wacz") || name.endsWith(".zip")) {
            return "application/zip";
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return "application/x-ndjson";
        }
        return "application/octet-stream";
    }

    /** A scalar field of a flat JSON answer, as text ({@code null} when absent). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.eE+]+|null|true|false)")
                .matcher(json);
        if (!m.find()) {
            return "null";
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }
}
