package io.wiretrace.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail.
 *
 * @param type     URI naming the problem type
 * @param title    short summary of the type
 * @param status   HTTP status
 * @param detail   what was wrong in this request, naming the bad field or value
 * @param field    the request field at fault, when there is one
 * @param upstreamStatus the status the remote server answered, for upstream failures
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, Integer upstreamStatus) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem("https://wiretrace.io/problems/" + slug, title, status, detail, null, null);
    }

    public Problem withField(String name) {
        return new Problem(type, title, status, detail, name, upstreamStatus);
    }

    Problem withUpstreamStatus(int value) {
        return new Problem(type, title, status, detail, field, value);
    }
}
