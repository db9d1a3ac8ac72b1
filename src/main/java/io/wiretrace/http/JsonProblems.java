package io.wiretrace.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;

/**
 * What a JSON body the parser refused is, as a problem naming the field or the place: a string over the input cap is
 * 413, trailing content, unknown fields and values of the wrong type 400, never the parser's internals.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e) {
        String detail = "request body is not valid JSON: " + parserMessage(e);
        if (e instanceof StreamConstraintsException) {
            // a string over the input cap (or a document too deep): refused while parsing, before it is read whole
            String message = String.valueOf(e.getOriginalMessage());
            return message.startsWith("String value length") || message.startsWith("Document length")
                    ? Problem.of(413, "too-large", "Content too large", "the request body or a string in it is too long")
                    : Problem.of(400, "malformed-json", "Malformed JSON",
                    "the request body exceeds a JSON parsing limit (nesting depth, number length or name length)");
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return Problem.of(400, "malformed-json", "Malformed JSON",
                    "the request body has content after its JSON value");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return Problem.of(400, "invalid-input", "Invalid input", "unknown field '" + u.getPropertyName()
                    + "'; known fields: " + u.getKnownPropertyIds()).withField(u.getPropertyName());
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String path = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String value = e instanceof InvalidFormatException f ? " '" + f.getValue() + "'" : "";
            return Problem.of(400, "invalid-input", "Invalid input",
                    "field '" + path + "' has a value of the wrong type" + value).withField(path);
        }
        if (e instanceof MismatchedInputException) {
            // the body is JSON of the wrong shape (an array, a string…): say what is expected, not which Java type
            return Problem.of(400, "invalid-input", "Invalid input",
                    "the request body must be a JSON object with the documented fields");
        }
        return Problem.of(400, "malformed-json", "Malformed JSON", detail);
    }

    /** The parser's message without its internals (source description, start markers), with where it stopped. */
    static String parserMessage(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int internals = message.indexOf(" (start marker at");
        if (internals < 0) {
            internals = message.indexOf("[Source:");
        }
        if (internals >= 0) {
            message = message.substring(0, internals).strip();
        }
        message = message.replaceAll("\\s*\\(`[A-Za-z.]+Feature\\.[A-Z_]+`[^)]*\\)", "");
        var at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? message : message + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
