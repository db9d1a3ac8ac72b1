package io.wiretrace.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers of every HTML page the service renders: a Content-Security-Policy that lets the page load only the
 * service's own script, stylesheet and images (no inline script or style, no other origin), refuses framing
 * ({@code frame-ancestors 'none'}) and sends forms only to the service; {@code nosniff}; and no referrer to other
 * sites. A response that sets its own policy (a stored page's snapshot: sandboxed) keeps it. Quarkus's own pages
 * under {@code /q/} (Swagger UI runs inline scripts) get every header but the script and style rules.
 */
public final class SecurityHeaders {

    public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final String PLATFORM_POLICY = "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void addToHtml(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> {
            var headers = ctx.response().headers();
            String type = headers.get(HttpHeaders.CONTENT_TYPE);
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")
                    || headers.contains("Content-Security-Policy")) {
                return;
            }
            headers.set("Content-Security-Policy", ctx.request().path().startsWith("/q/") ? PLATFORM_POLICY : POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "same-origin");
        });
    }
}
