package io.wiretrace.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.verdict.RejectedFinding;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code ?rejected=include}: findings a verdict rejects are left out of chains, stories and outlet graphs; on request
 * the answer lists them under {@code rejected} (each with its type, summary, ends and review).
 */
final class RejectedParam {

    private RejectedParam() {
    }

    /** Whether the parameter asks for the rejected findings; anything but absent, "exclude" or "include" is a 400. */
    static boolean include(String value) {
        if (value == null || value.isBlank() || value.strip().equals("exclude")) {
            return false;
        }
        if (value.strip().equals("include")) {
            return true;
        }
        throw new InvalidInput("rejected", "rejected '" + value + "' is not one of include, exclude");
    }

    /** The answer as JSON, with {@code rejected} added when asked for. */
    static Object answer(ObjectMapper json, Object value, String rejected, Supplier<List<RejectedFinding>> found) {
        if (!include(rejected)) {
            return value;
        }
        ObjectNode node = json.valueToTree(value);
        node.set("rejected", json.valueToTree(found.get()));
        return node;
    }
}
