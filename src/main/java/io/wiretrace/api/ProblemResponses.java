package io.wiretrace.api;

import io.wiretrace.http.Problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the error responses every {@code /api} operation can give to the OpenAPI document, each as
 * {@code application/problem+json} with the {@code Problem} schema: 400 for all, 404 where the path names a
 * resource, 409 for outlet edits, and the fetch and size errors for the operations that take article input or a
 * source to watch.
 * Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    private static final String SCHEMA = "Problem";

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
                item.getOperations().forEach((method, op) -> addTo(path, method, op));
            }
        });
    }

    private static void addTo(String path, PathItem.HttpMethod method, Operation op) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Bad input: the problem's detail names the wrong value and `field` the field");
        if (path.contains("{")) {
            errors.put("404", "No such resource");
        }
        if (path.startsWith("/api/outlets") && method != PathItem.HttpMethod.GET) {
            errors.put("409", "The key, a domain or an alias belongs to another outlet");
        }
        boolean takesArticles = method == PathItem.HttpMethod.POST
                && (path.equals("/api/articles") || path.equals("/api/analyze") || path.equals("/api/compare"));
        if (takesArticles) {
            errors.put("413", "Input or fetched page over the size cap");
            errors.put("415", "Not JSON, or the fetched page is not HTML");
            errors.put("422", "No article could be extracted");
            errors.put("502", "The page's server failed, or redirected in a loop (upstreamStatus)");
            errors.put("504", "The page's server did not answer in time");
        }
        if (path.equals("/api/sources") && method == PathItem.HttpMethod.POST) {
            errors.put("409", "A source with the same URL identity is already watched");
            errors.put("413", "The feed or sitemap is over its size cap");
            errors.put("422", "Neither a feed, a sitemap nor a homepage, or robots.txt disallows it");
            errors.put("502", "The feed's server failed, or redirected in a loop (upstreamStatus)");
            errors.put("503", "The host's turn (politeness) did not come in time: try again later");
            errors.put("504", "The feed's server did not answer in time");
        }
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        errors.forEach((code, description) -> {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                        .content(OASFactory.createContent().addMediaType("application/problem+json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/" + SCHEMA)))));
            }
        });
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail")
                .addProperty("type", string("URI of the problem type"))
                .addProperty("title", string("short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string("what was wrong in this request, naming the bad value"))
                .addProperty("field", string("the request field or parameter that was wrong, when there is one"))
                .addProperty("upstreamStatus", OASFactory.createSchema()
                        .type(java.util.List.of(Schema.SchemaType.INTEGER))
                        .description("HTTP status of the fetched page's server, for 502"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).description(description);
    }
}
