package io.wiretrace.api;

import io.wiretrace.account.Role;
import io.wiretrace.http.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error responses of every {@code /api} operation in the OpenAPI document, all {@code application/problem+json}
 * with the {@code Problem} schema. Added here, from what the document says of an operation: 400 and 401 for all
 * (with {@code WWW-Authenticate}), 403 where the operation needs more than the reader role, 404 where the path names
 * a resource, 413 and 415 where it takes a body, and the fetch errors where the body is an article input. An
 * operation's own errors (409, 429…) are its {@code @APIResponse} annotations; this filter gives every declared
 * error its problem content, and 429 its {@code Retry-After}. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    private static final String SCHEMA = "Problem";
    /** Descriptions of the responses Quarkus adds on its own (no content): ours replace them. */
    private static final Set<String> GENERIC = Set.of("Bad Request", "Not Authorized", "Not Allowed");
    private static final Set<String> ARTICLE_INPUTS = Set.of("#/components/schemas/IngestRequest",
            "#/components/schemas/CompareRequest");
    private static final Map<String, String> DEFAULTS = Map.of(
            "429", "Over the caller's limit of expensive requests a minute (per token, account or address): "
                    + "try again after Retry-After seconds");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(op -> addTo(path, op));
            }
        });
    }

    private static void addTo(String path, Operation op) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        if (!needsMoreThanReader(op) && !declaredByHand(responses.getAPIResponse("403"))) {
            responses.removeAPIResponse("403"); // every signed-in caller is at least a reader
        }
        errorsOf(path, op).forEach((code, description) -> declare(responses, code, description));
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                complete(code, response);
            }
        });
    }

    /**
     * A 403 an operation declares itself (a reader's operation refusing what needs more, e.g. a token of a higher
     * role), not the generic one the security extension adds to every secured operation ("Not Allowed").
     */
    private static boolean declaredByHand(org.eclipse.microprofile.openapi.models.responses.APIResponse response) {
        return response != null && response.getDescription() != null && !response.getDescription().equals("Not Allowed");
    }

    /** The errors that follow from what the document says of the operation, each with its description. */
    private static Map<String, String> errorsOf(String path, Operation op) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Bad input: the problem's detail names the wrong value and `field` the field");
        errors.put("401", "No credentials, or credentials that are not good (unknown, expired or revoked token, "
                + "ended session, deactivated account): the detail says which");
        if (needsMoreThanReader(op)) {
            errors.put("403", "The caller's role may not do this (the detail names it)");
        }
        if (path.contains("{")) {
            errors.put("404", "No such resource");
        }
        if (op.getRequestBody() != null) {
            errors.put("413", "Request body over the size cap (quarkus.http.limits.max-body-size)");
            errors.put("415", "A request body that is not JSON (application/json)");
        }
        if (takesArticles(op)) {
            errors.put("413", "Input or fetched page over the size cap");
            errors.put("415", "Not JSON, or the fetched page is not HTML");
            errors.put("422", "No article could be extracted");
            errors.put("502", "The page's server failed, or redirected in a loop (upstreamStatus)");
            errors.put("504", "The page's server did not answer in time");
        }
        return errors;
    }

    /** Whether the operation's security requirement names a role above reader (so a reader is refused: 403). */
    private static boolean needsMoreThanReader(Operation op) {
        if (op.getSecurity() == null) {
            return true;
        }
        Set<String> roles = op.getSecurity().stream().flatMap(r -> r.getSchemes().values().stream())
                .flatMap(List::stream).collect(Collectors.toSet());
        return roles.isEmpty() || !roles.equals(Set.of(Role.READER.code()));
    }

    private static boolean takesArticles(Operation op) {
        Content body = op.getRequestBody() == null ? null : op.getRequestBody().getContent();
        return body != null && body.getMediaTypes().values().stream()
                .anyMatch(m -> m.getSchema() != null && m.getSchema().getRef() != null
                        && ARTICLE_INPUTS.contains(m.getSchema().getRef()));
    }

    /** Adds the error, or describes one declared without a description of its own (an annotation's stays). */
    private static void declare(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        } else if (existing.getDescription() == null || existing.getDescription().isBlank()
                || GENERIC.contains(existing.getDescription())) {
            existing.setDescription(description);
        }
    }

    /** Gives a declared error the problem content, a description, and the headers its status comes with. */
    private static void complete(String code, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(DEFAULTS.getOrDefault(code, "Error"));
        }
        if (response.getContent() == null || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA))));
        }
        if (code.equals("401")) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().description("Bearer realm=\"wiretrace\"")
                    .schema(string(null)));
        }
        if (code.equals("429")) {
            response.addHeader("Retry-After", OASFactory.createHeader().required(true)
                    .description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
        }
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail")
                .addProperty("type", string("URI of the problem type"))
                .addProperty("title", string("short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string("what was wrong in this request, naming the bad value"))
                .addProperty("field", string("the request field or parameter that was wrong, when there is one"))
                .addProperty("upstreamStatus", OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.INTEGER))
                        .description("HTTP status of the fetched page's server, for 502"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
