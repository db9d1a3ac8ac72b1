package io.wiretrace.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;

/**
 * What a write changed, set by the endpoints whose audit entries keep the value before and after (registry edits,
 * accounts, verdicts), as the JSON the API shows; read by {@link AuditFilter} when the request ends.
 */
@RequestScoped
public class AuditDetails {

    private final ObjectMapper json;
    private String before;
    private String after;

    public AuditDetails(ObjectMapper json) {
        this.json = json;
    }

    /** Notes the value before (null: created) and after (null: deleted). */
    public void changed(Object before, Object after) {
        this.before = write(before);
        this.after = write(after);
    }

    String before() {
        return before;
    }

    String after() {
        return after;
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the audit value as JSON", e);
        }
    }
}
