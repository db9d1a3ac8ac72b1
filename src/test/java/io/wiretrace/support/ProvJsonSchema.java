package io.wiretrace.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The W3C PROV-JSON schema (src/test/resources/schema/prov-json.schema.json, draft-04) with format assertions on, so
 * QName-valued references must be URIs and times date-times as the schema says.
 */
public final class ProvJsonSchema {

    private static final JsonSchema SCHEMA = load();

    private ProvJsonSchema() {
    }

    /** The schema's complaints about the document, empty when it is valid PROV-JSON. */
    public static List<String> errors(String document) {
        try {
            return SCHEMA.validate(new ObjectMapper().readTree(document)).stream().map(ValidationMessage::getMessage)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = ProvJsonSchema.class.getResourceAsStream("/schema/prov-json.schema.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
