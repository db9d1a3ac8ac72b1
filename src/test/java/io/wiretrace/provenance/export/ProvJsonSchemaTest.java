package io.wiretrace.provenance.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.ProvJsonSchema;
import org.junit.jupiter.api.Test;

/** The PROV-JSON export against the W3C PROV-JSON schema; the schema itself must reject broken documents. */
class ProvJsonSchemaTest {

    private final String exported = new ProvJsonExporter().export(ExportFixture.subgraph());

    @Test
    void exportOfEveryEdgeKindIsValidProvJson() {
        assertThat(ProvJsonSchema.errors(exported)).isEmpty();
    }

    @Test
    void aDerivationWithoutItsUsedEntityIsRejected() {
        String broken = exported.replaceFirst("\"prov:usedEntity\":\"[^\"]*\",", "");
        assertThat(broken).isNotEqualTo(exported);
        assertThat(ProvJsonSchema.errors(broken)).anyMatch(m -> m.contains("prov:usedEntity"));
    }

    @Test
    void anUnknownTopLevelSectionOrAnEmptyAttributeListIsRejected() {
        assertThat(ProvJsonSchema.errors(exported.replaceFirst("\"wasDerivedFrom\":", "\"derivedFrom\":")))
                .anyMatch(m -> m.contains("derivedFrom"));
        assertThat(ProvJsonSchema.errors(exported.replaceFirst("\"wt:evidence\":\\[[^\\]]*\\]", "\"wt:evidence\":[]")))
                .isNotEmpty();
    }

    @Test
    void aReferenceThatIsNotAQualifiedNameOrUriIsRejected() {
        String broken = exported.replaceFirst("\"prov:usedEntity\":\"[^\"]*\"", "\"prov:usedEntity\":\"not a name\"");
        assertThat(ProvJsonSchema.errors(broken)).anyMatch(m -> m.contains("prov:usedEntity"));
    }

    @Test
    void aTypedLiteralWithoutItsValueOrWithAnUnknownKeyIsRejected() {
        assertThat(ProvJsonSchema.errors(exported.replaceFirst("\\{\"\\$\":", "{\"value\":"))).isNotEmpty();
    }
}
