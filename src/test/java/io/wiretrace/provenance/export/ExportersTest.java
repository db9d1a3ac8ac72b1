package io.wiretrace.provenance.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wiretrace.provenance.Subgraph;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportersTest {

    /** Top-level keys the PROV-JSON submission defines. */
    private static final Set<String> PROV_JSON_KEYS = Set.of("prefix", "entity", "activity", "agent", "wasGeneratedBy",
            "used", "wasInformedBy", "wasStartedBy", "wasEndedBy", "wasInvalidatedBy", "wasDerivedFrom",
            "wasAttributedTo", "wasAssociatedWith", "actedOnBehalfOf", "wasInfluencedBy", "specializationOf",
            "alternateOf", "hadMember", "mentionOf", "bundle");
    private static final Pattern QNAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_.-]*:([A-Za-z0-9_-]|%[0-9A-F]{2})+$");

    private final Subgraph graph = ExportFixture.subgraph();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void provJsonIsWellFormedAndUsesOnlyPrefixedNamesItDeclares() throws Exception {
        JsonNode doc = json.readTree(new ProvJsonExporter().export(graph));
        List<String> keys = new ArrayList<>();
        doc.fieldNames().forEachRemaining(keys::add);
        assertThat(PROV_JSON_KEYS).containsAll(keys);
        Set<String> prefixes = new HashSet<>(List.of("prov", "xsd"));
        doc.get("prefix").fieldNames().forEachRemaining(prefixes::add);

        Set<String> entities = names(doc.get("entity"));
        Set<String> agents = names(doc.get("agent"));
        assertThat(entities).hasSize(6).allMatch(n -> QNAME.matcher(n).matches() && prefixes.contains(n.split(":")[0]));
        assertThat(agents).containsExactlyInAnyOrder("wta:afp", "wta:france24", "wta:ndtv", "wta:nigeriapulse");
        assertThat(doc.at("/entity/wtn:article%3A1/prov:label").asText()).isEqualTo(ExportFixture.TRICKY);

        List<String> types = new ArrayList<>();
        doc.get("wasDerivedFrom").forEach(d -> {
            assertThat(entities).contains(d.get("prov:generatedEntity").asText(), d.get("prov:usedEntity").asText());
            assertThat(d.get("wt:confidence").asDouble()).isEqualTo(0.8765);
            types.add(d.has("prov:type") ? d.get("prov:type").get("$").asText() : "plain");
        });
        // credit to a placeholder: plain; credit to the agency: primary source; syndicated copy and reuse: quotation
        assertThat(types).containsExactlyInAnyOrder("plain", "prov:PrimarySource", "prov:Quotation",
                "prov:Revision", "prov:Quotation");
        assertThat(doc.get("alternateOf")).hasSize(1);
        doc.get("wasAttributedTo").forEach(a -> {
            assertThat(entities).contains(a.get("prov:entity").asText());
            assertThat(agents).contains(a.get("prov:agent").asText());
        });
    }

    @Test
    void provOJsonLdCarriesTheProvPropertiesAndQualifiedEvidence() throws Exception {
        JsonNode doc = json.readTree(new ProvJsonLdExporter().export(graph));
        assertThat(doc.at("/@context/prov").asText()).isEqualTo("http://www.w3.org/ns/prov#");
        JsonNode pulse = find(doc, "wtn:article%3A1");
        assertThat(pulse.at("/prov:wasDerivedFrom/0/@id").asText()).isEqualTo("wtn:placeholder%3Afrance24%40article%3A1");
        assertThat(pulse.at("/prov:wasQuotedFrom/0/@id").asText()).isEqualTo("wtn:article%3A4");
        assertThat(pulse.at("/prov:qualifiedQuotation/0/wt:uncredited").asBoolean()).isTrue();
        assertThat(pulse.at("/prov:wasAttributedTo/@id").asText()).isEqualTo("wta:nigeriapulse");
        assertThat(pulse.at("/rdfs:label").asText()).isEqualTo(ExportFixture.TRICKY);
        assertThat(find(doc, "wtn:placeholder%3Afrance24%40article%3A1").at("/prov:hadPrimarySource/0/@id").asText())
                .isEqualTo("wtn:outlet%3Aafp");
        assertThat(find(doc, "wtn:article%3A3").at("/prov:qualifiedRevision/0/wt:evidence/0").asText())
                .isEqualTo("same URL with changed content");
        assertThat(find(doc, "wtn:article%3A2").has("prov:alternateOf")).isTrue();
        assertThat(find(doc, "wta:afp").get("@type").asText()).isEqualTo("prov:Organization");
    }

    @Test
    void graphMlParsesAndKeepsTextExceptForbiddenCharacters() throws Exception {
        String xml = new GraphMlExporter().export(graph);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(6);
        NodeList edges = doc.getElementsByTagName("edge");
        assertThat(edges.getLength()).isEqualTo(6);
        assertThat(((Element) edges.item(5)).getAttribute("directed")).isEqualTo("false");
        Element first = (Element) doc.getElementsByTagName("node").item(0);
        String label = dataValue(first, "n_label");
        assertThat(label).isEqualTo(ExportFixture.TRICKY.replace("\u0001", ""));
        assertThat(dataValue(first, "n_url")).isEqualTo("https://nigeriapulse.example/story?id=1&x=2");
    }

    @Test
    void csvQuotesFieldsAndDefusesFormulas() {
        String csv = new CsvEdgeExporter().export(graph);
        assertThat(csv).startsWith("from,from_label,to,to_label,kind,confidence,uncredited,direction_known,evidence,verdict,reviewer,"
                + "reviewed_at,review_note\r\n");
        assertThat(csv).contains("\"Floods \"\"hit\"\" <Lagos> & Abuja, caf\u00e9 \uD83C\uDF0A\nsecond line\u0001\"");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\") credits AFP, too\",,,,\r\n");
        assertThat(csv).contains(",'-other,");
        assertThat(csv.split("\r\n")).hasSize(7);
    }

    @Test
    void numbersAndStringsAreEscapedForJson() {
        assertThat(Json.num(0.5)).isEqualTo("0.5");
        assertThat(Json.num(Double.NaN)).isEqualTo("0");
        assertThat(Json.num(1e-7)).isEqualTo("0");
        assertThat(Json.str("a\"b\\c\u0000\u2028")).isEqualTo("\"a\\\"b\\\\c\\u0000\\u2028\"");
        assertThat(ProvTerms.local("-a:b c")).isEqualTo("%2Da%3Ab%20c");
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode find(JsonNode doc, String id) {
        for (JsonNode n : doc.get("@graph")) {
            if (n.get("@id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id);
    }

    private static String dataValue(Element node, String key) {
        NodeList data = node.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        return null;
    }
}
