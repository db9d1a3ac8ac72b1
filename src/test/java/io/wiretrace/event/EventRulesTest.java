package io.wiretrace.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import io.wiretrace.reuse.ReuseClass;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.reuse.VerbatimPassage;
import io.wiretrace.revision.RevisionContent;
import io.wiretrace.revision.RevisionDiffer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class EventRulesTest {

    static final String ORIGINAL = "Engineers lowered the dam on Wednesday after a crack was found.";
    static final String COPY = "Valley News: Engineers lowered the dam on Wednesday after a crack was found.";

    static Attribution credit(String key, String name, String text) {
        return new Attribution(AttributionKind.WIRE_CREDIT, new Attribution.Target(key, name, null, name),
                new Attribution.Evidence(text, "body", 0, text.length()), 0.9, "wire", "credit");
    }

    static ReuseMatch match(ReuseClass reuseClass, String earlierId) {
        return new ReuseMatch("1", "2", earlierId, "publication", reuseClass, "test", 0.95, 0.9, 0.9,
                List.of(new VerbatimPassage(0, ORIGINAL.length(), 13, COPY.length(), 11, false)), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    final StoryArticle original = new StoryArticle(1, "https://wire.example/dam", "wire", "Wire Agency", ORIGINAL, List.of());

    @Test
    void anUncreditedCopyOfTheEarlierArticleRaisesAnEventWithBothPassages() {
        StoryArticle copy = new StoryArticle(2, "https://valley.example/dam", "valley", "Valley News", COPY, List.of());
        UncreditedCopyRule rule = new UncreditedCopyRule();
        ReuseMatch m = match(ReuseClass.SUBSTANTIAL_REUSE, "1");

        assertThat(rule.derivedId(m)).hasValue("2");
        NewEvent event = rule.check(m, copy, original).orElseThrow();
        assertThat(event.type()).isEqualTo(EventType.UNCREDITED_COPY);
        assertThat(event.key()).isEqualTo("uncredited_copy:2:1");
        assertThat(event.outletKey()).isEqualTo("wire");
        assertThat(event.relatedOutletKey()).isEqualTo("valley");
        assertThat(event.summary()).isEqualTo(
                "Valley News article 2 is a substantial reuse of Wire Agency article 1, without credit to Wire Agency");
        assertThat(event.evidence()).extracting(EventEvidence::role)
                .containsExactly("copied_passage", "original_passage", "credits_given");
        assertThat(event.evidence().get(0).text()).isEqualTo(COPY.substring(13));
        assertThat(event.evidence().get(1).text()).isEqualTo(ORIGINAL);
    }

    @Test
    void twoArticlesCreditingOneAgencyAreSiblingsNotAnUncreditedCopy() {
        StoryArticle efeOriginal = new StoryArticle(1, "https://wire.example/dam", "wire", "Wire Agency", ORIGINAL,
                List.of(credit("efe", "EFE", "(EFE)")));
        StoryArticle copy = new StoryArticle(2, "https://valley.example/dam", "valley", "Valley News", COPY,
                List.of(credit("efe", "EFE", "EFE")));
        assertThat(new UncreditedCopyRule().check(match(ReuseClass.DUPLICATE, "1"), copy, efeOriginal)).isEmpty();
        // crediting another agency is no credit of the original's source
        StoryArticle other = new StoryArticle(2, "https://valley.example/dam", "valley", "Valley News", COPY,
                List.of(credit("afp", "AFP", "AFP")));
        assertThat(new UncreditedCopyRule().check(match(ReuseClass.DUPLICATE, "1"), other, efeOriginal)).isPresent();
    }

    @Test
    void aCopyCreditingTheOutletByKeyNameOrUrlRaisesNothing() {
        UncreditedCopyRule rule = new UncreditedCopyRule();
        ReuseMatch m = match(ReuseClass.DUPLICATE, "1");
        for (Attribution credit : List.of(credit("wire", "Wire Agency", "(Wire)"), credit(null, "wire agency", "Wire Agency"),
                new Attribution(AttributionKind.ORIGINAL_SOURCE, new Attribution.Target(null, "x", null, "x",
                        "https://www.wire.example/dam"), new Attribution.Evidence("Source", "body", 0, 6), 0.8, "r", "r"))) {
            StoryArticle copy = new StoryArticle(2, "https://valley.example/dam", "valley", "Valley News", COPY, List.of(credit));
            assertThat(rule.check(m, copy, original)).as(credit.toString()).isEmpty();
        }
        assertThat(rule.derivedId(match(ReuseClass.SAME_STORY, "1"))).isEmpty();
        assertThat(rule.derivedId(match(ReuseClass.DUPLICATE, null))).isEmpty();
    }

    @Test
    void aRevisionDroppingTheAgencyCreditRaisesCreditDroppedWithBothVersions() {
        String before = "Paris (AFP) - Engineers lowered the dam. It was cracked.";
        String after = "Paris - Engineers lowered the dam. It was cracked.";
        Attribution afp = new Attribution(AttributionKind.DATELINE, new Attribution.Target("afp", "AFP", "afp.com", "AFP"),
                new Attribution.Evidence("(AFP)", "dateline", 6, 11), 0.95, "dateline", "agency dateline");
        RevisionContent a = new RevisionContent("Dam", null, before, List.of(afp));
        RevisionContent b = new RevisionContent("Dam", null, after, List.of());
        StoryArticle previous = new StoryArticle(7, "https://site.example/a", "site", "Site", before, List.of(afp));
        StoryArticle revision = new StoryArticle(8, "https://site.example/a", "site", "Site", after, List.of());

        List<NewEvent> events = new CreditDroppedRule().check(previous, revision, new RevisionDiffer().diff(a, b), null);

        assertThat(events).hasSize(1);
        NewEvent e = events.get(0);
        assertThat(e.key()).isEqualTo("credit_dropped:8:0");
        assertThat(e.relatedOutletKey()).isEqualTo("afp");
        assertThat(e.evidence().get(0)).isEqualTo(new EventEvidence("removed_credit", 7L, "https://site.example/a",
                "(AFP)", "dateline", 6, 11));
        assertThat(e.evidence().get(1)).isEqualTo(new EventEvidence("after_revision", 8L, "https://site.example/a",
                "Paris - Engineers lowered the dam.", "body", 0, 34));
    }

    @Test
    void theAtomFeedIsWellFormedAtomWithOneEntryPerEvent() throws Exception {
        Event e = new Event(5, EventType.CREDIT_DROPPED, "k", "site", "afp", 8L, 7L, null, 0.9, "Dropped <AFP> & more",
                List.of(new EventEvidence("removed_credit", 7L, null, "(AFP)", "body", 6, 11)),
                Instant.parse("2026-12-06T10:00:00Z"));
        String xml = new AtomEvents().write(List.of(e), "Wiretrace events", "http://h/api/events/feed", "http://h/events",
                ev -> "http://h/events/" + ev.id());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(1);
        assertThat(xml).contains("urn:wiretrace:event:5").contains("Dropped &lt;AFP&gt; &amp; more")
                .contains("http://h/events/5").contains("removed_credit: \"(AFP)\" (article 7, 6-11)");
    }
}
