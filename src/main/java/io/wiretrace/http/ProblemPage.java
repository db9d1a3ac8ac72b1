package io.wiretrace.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A problem as a small HTML page, for a browser that asks for a path outside {@code /api} that no page serves (the
 * pages' own errors are rendered by the web adapter; the API always answers problem+json).
 */
final class ProblemPage {

    private ProblemPage() {
    }

    /** True for a path outside {@code /api} requested by a client that accepts HTML. */
    static boolean wanted(String path, List<MediaType> accepted) {
        String p = path.startsWith("/") ? path : "/" + path;
        return !(p.equals("/api") || p.startsWith("/api/") || p.startsWith("/q/"))
                && accepted.stream().anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("html"));
    }

    /** As {@link #wanted(String, List)} for a raw Accept header (or null). */
    static boolean wanted(String path, String accept) {
        String p = path.startsWith("/") ? path : "/" + path;
        return !(p.equals("/api") || p.startsWith("/api/") || p.startsWith("/q/"))
                && accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html");
    }

    static Response of(Problem problem) {
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html(problem))
                .build();
    }

    static String html(Problem problem) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(problem.title()) + " · Wiretrace</title><link rel=\"stylesheet\" href=\"/css/wiretrace.css\">"
                + "</head><body><main><h1>" + problem.status() + " " + escape(problem.title()) + "</h1><p>"
                + escape(problem.detail()) + "</p><p><a href=\"/\">Back to Wiretrace</a></p></main></body></html>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
