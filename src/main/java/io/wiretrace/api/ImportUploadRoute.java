package io.wiretrace.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.wiretrace.account.Caller;
import io.wiretrace.account.SignInRefused;
import io.wiretrace.account.TooManyRequests;
import io.wiretrace.security.CsrfFilter;
import io.wiretrace.security.RequestIds;
import io.wiretrace.security.UploadAccess;
import io.vertx.ext.web.RoutingContext;
import io.wiretrace.app.ImportArchives;
import io.wiretrace.archive.ArchiveFormat;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.http.Problem;
import io.wiretrace.http.RequestGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code POST /api/imports} with a file as the body: streamed to the import store as it arrives (never held in
 * memory), its SHA-256 computed on the way, refused with 413 as soon as it passes
 * {@code wiretrace.imports.max-upload-size} (at once when Content-Length says so), then started as an import (202).
 * A JSON body is left to {@link ImportResource}. The file name may be given as {@code ?name=}.
 */
@ApplicationScoped
public class ImportUploadRoute {

    private static final Logger LOG = Logger.getLogger(ImportUploadRoute.class);
    private static final String CALLER = "wiretrace.upload.caller";

    private final ImportArchives imports;
    private final ObjectMapper json;
    private final long maxBytes;
    private final UploadAccess access;

    public ImportUploadRoute(ImportArchives imports, ObjectMapper json, WiretraceConfig config, UploadAccess access) {
        this.imports = imports;
        this.access = access;
        this.json = json;
        this.maxBytes = config.imports().maxUploadSize().asLongValue();
    }

    void install(@Observes Router router) {
        router.post(RequestGuard.UPLOAD_PATH).order(Integer.MIN_VALUE + 200).handler(this::upload);
    }

    private void upload(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!RequestGuard.isFileUpload(request)) {
            ctx.next();
            return;
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        Optional<ArchiveFormat> declared = ArchiveFormat.ofMediaType(type);
        boolean detect = type == null || type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/octet-stream");
        if (declared.isEmpty() && !detect) {
            refuse(ctx, Problem.of(415, "unsupported-media-type", "Unsupported media type", "Content-Type '" + type
                    + "' is not application/warc, application/zip, application/x-ndjson, application/octet-stream "
                    + "or application/json"));
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parseLength(length) > maxBytes) {
            refuse(ctx, tooLarge(length.strip()));
            return;
        }
        String name = Optional.ofNullable(request.getParam("name")).filter(n -> !n.isBlank()).orElse("upload");
        request.pause();
        Caller[] caller = {null};
        ctx.vertx().<Path>executeBlocking(() -> {
            caller[0] = access.signIn(request);
            access.allow(caller[0], request); // refused: the audit names who was refused
            return imports.newUpload();
        }).onComplete(made -> {
            if (made.failed()) {
                refused(ctx, made.cause(), caller[0]);
                return;
            }
            ctx.put(CALLER, caller[0]);
            Path path = made.result();
            ctx.vertx().fileSystem().open(path.toString(), new OpenOptions().setWrite(true).setCreateNew(true), opened -> {
                if (opened.failed()) {
                    fail(ctx, opened.cause());
                    return;
                }
                receive(ctx, opened.result(), path, name, declared);
            });
        });
    }

    private void receive(RoutingContext ctx, AsyncFile file, Path path, String name, Optional<ArchiveFormat> declared) {
        HttpServerRequest request = ctx.request();
        MessageDigest sha = sha256();
        long[] received = {0};
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            received[0] += chunk.length();
            if (received[0] > maxBytes) {
                refused[0] = true;
                file.close(closed -> delete(path));
                refuse(ctx, tooLarge("over " + maxBytes));
                return;
            }
            sha.update(chunk.getByteBuf().nioBuffer()); // no copy of the chunk
            file.write(chunk);
            if (file.writeQueueFull()) {
                request.pause();
                file.drainHandler(v -> request.resume());
            }
        });
        request.exceptionHandler(e -> {
            refused[0] = true;
            file.close(closed -> delete(path));
        });
        request.endHandler(v -> {
            if (refused[0]) {
                return;
            }
            file.close(closed -> ctx.vertx().executeBlocking(() -> imports.startUpload(path, name, received[0],
                    HexFormat.of().formatHex(sha.digest()), declared)).onComplete(started -> {
                if (started.succeeded()) {
                    respond(ctx, 202, ImportJson.of(started.result()), "application/json");
                } else if (started.cause() instanceof InvalidInput e) {
                    delete(path);
                    refuse(ctx, Problem.of(400, "invalid-input", "Invalid input", e.getMessage()).withField(e.field()));
                } else {
                    delete(path);
                    fail(ctx, started.cause());
                }
            }));
        });
        request.resume();
    }

    private Problem tooLarge(String size) {
        return Problem.of(413, "too-large", "Content too large", "the uploaded file of " + size
                + " bytes is over the import cap of " + maxBytes + " bytes (wiretrace.imports.max-upload-size)");
    }

    private static long parseLength(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Answers a refused sign-in, role, CSRF token or rate limit, and records it; other failures are internal. */
    private void refused(RoutingContext ctx, Throwable e, Caller caller) {
        Problem problem;
        if (e instanceof SignInRefused) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"wiretrace\"");
            problem = Problem.of(401, "unauthorized", "Unauthorized", e.getMessage());
        } else if (e instanceof io.quarkus.security.ForbiddenException) {
            problem = Problem.of(403, "forbidden", "Forbidden", e.getMessage());
        } else if (e instanceof CsrfFilter.CsrfRefused) {
            problem = Problem.of(403, "csrf", "Forbidden", e.getMessage() + " (header " + UploadAccess.CSRF_HEADER + ")");
        } else if (e instanceof TooManyRequests t) {
            ctx.response().putHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
            problem = Problem.of(429, "too-many-requests", "Too many requests", e.getMessage());
        } else {
            fail(ctx, e);
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close"); // the body is not read
        if (caller != null) {
            ctx.put(CALLER, caller);
        }
        refuse(ctx, problem);
    }

    private void refuse(RoutingContext ctx, Problem problem) {
        if (problem.status() == 413) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not read
        }
        respond(ctx, problem.status(), problem, Problem.MEDIA_TYPE);
    }

    private void fail(RoutingContext ctx, Throwable e) {
        LOG.errorf(e, "upload to the import store failed");
        refuse(ctx, Problem.of(500, "internal", "Internal error", "the upload could not be stored: " + e.getMessage()));
    }

    private void respond(RoutingContext ctx, int status, Object body, String mediaType) {
        if (ctx.response().ended()) {
            return;
        }
        Caller caller = ctx.get(CALLER);
        // the request's id, echoed and audited as the REST endpoints' AuditFilter does
        String requestId = RequestIds.of(ctx.request().getHeader(RequestIds.HEADER));
        ctx.vertx().executeBlocking(() -> {
            access.audit(caller, ctx.request(), status, requestId);
            return null;
        });
        try {
            var response = ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, mediaType)
                    .putHeader(RequestIds.HEADER, requestId);
            if (body instanceof ImportJson started) {
                response.putHeader(HttpHeaders.LOCATION,
                        java.net.URI.create(ctx.request().absoluteURI()).resolve("/api/imports/" + started.id()).toString());
            }
            response.end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (java.io.IOException e) {
            LOG.warnf("could not delete the refused upload %s: %s", path, e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
