package io.wiretrace.provenance;

import static io.wiretrace.provenance.Fixtures.agency;
import static io.wiretrace.provenance.Fixtures.article;
import static io.wiretrace.provenance.Fixtures.credit;
import static io.wiretrace.provenance.Fixtures.edgeBetween;
import static io.wiretrace.provenance.Fixtures.hours;
import static io.wiretrace.provenance.Fixtures.input;
import static io.wiretrace.provenance.Fixtures.newsroomArticle;
import static io.wiretrace.provenance.Fixtures.reuse;
import static io.wiretrace.provenance.Fixtures.urlCredit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wiretrace.outlet.OutletKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeBuilderTest {

    private final EdgeBuilder builder = new EdgeBuilder();
    private final Node source = newsroomArticle("a:source", "dailyone", hours(0));
    private final Node copy = newsroomArticle("a:copy", "copysite", hours(3));

    @Test
    void anUncreditedCopyGetsAReusedEdgeFlaggedUncredited() {
        EdgeBuilder.Result r = builder.build(List.of(input(source, List.of(), List.of()),
                input(copy, List.of(), List.of(reuse(source.id(), 0.9)))));
        Edge e = edgeBetween(r, copy.id(), source.id());
        assertThat(e.kind()).isEqualTo(EdgeKind.REUSED);
        assertThat(e.uncredited()).isTrue();
        assertThat(e.directionKnown()).isTrue();
        assertThat(e.confidence()).isCloseTo(0.9, within(1e-9));
        assertThat(e.evidence().get(0).sentence()).contains("was published first").contains("credits neither");
    }

    @Test
    void theSamePairIngestedInTheOppositeOrderGivesTheSameGraph() {
        EdgeBuilder.Result copyCarriesMatch = builder.build(List.of(input(source, List.of(), List.of()),
                input(copy, List.of(), List.of(reuse(source.id(), 0.9)))));
        EdgeBuilder.Result sourceCarriesMatch = builder.build(List.of(input(copy, List.of(), List.of()),
                input(source, List.of(), List.of(new ReuseMatch(copy.id(), 0.7, 0.8, "near_duplicate", 0.9)))));
        assertThat(sourceCarriesMatch.edges()).isEqualTo(copyCarriesMatch.edges());
    }

    @Test
    void aCreditToAnIngestedSourceResolvesToItInsteadOfAPlaceholder() {
        CreditInput credit = credit("original_source", "dailyone", "Daily One", "dailyone.example", OutletKind.NEWSROOM,
                "Source: Daily One", "footer", 0.9);
        EdgeBuilder.Result r = builder.build(List.of(input(source, List.of(), List.of()),
                input(copy, List.of(credit), List.of(reuse(source.id(), 0.8)))));
        assertThat(r.edges()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(copy.id());
            assertThat(e.to()).isEqualTo(source.id());
            assertThat(e.kind()).isEqualTo(EdgeKind.CREDITED);
            assertThat(e.uncredited()).isFalse();
            assertThat(e.evidence()).hasSize(2);
            assertThat(e.confidence()).isCloseTo(1 - 0.1 * (1 - 0.8 * ReuseEdges.BY_CREDIT), within(1e-9));
        });
        assertThat(r.nodes()).noneMatch(n -> n.type() == Node.Type.PLACEHOLDER);
    }

    @Test
    void anExplicitCreditOutweighsAnEarlierStatedPublicationTime() {
        Node earlyCopy = newsroomArticle("a:copy", "copysite", hours(-2)); // e.g. a wrong or "updated" timestamp
        CreditInput credit = credit("republished_from", "dailyone", "Daily One", null, OutletKind.NEWSROOM,
                "Republished from Daily One", "body", 0.85);
        EdgeBuilder.Result r = builder.build(List.of(input(source, List.of(), List.of(reuse(earlyCopy.id(), 0.9))),
                input(earlyCopy, List.of(credit), List.of())));
        Edge e = edgeBetween(r, earlyCopy.id(), source.id());
        assertThat(e.evidence()).anySatisfy(ev -> assertThat(ev.sentence()).contains("although"));
        assertThat(r.edges()).noneMatch(x -> x.from().equals(source.id()));
    }

    @Test
    void missingPublicationTimesFallBackToFirstSeenWithLessConfidence() {
        Node a = article("a:1", "one", OutletKind.NEWSROOM, null, hours(0), null);
        Node b = article("a:2", "two", OutletKind.NEWSROOM, hours(5), hours(2), null);
        EdgeBuilder.Result r = builder.build(List.of(input(a, List.of(), List.of(reuse("a:2", 0.9))),
                input(b, List.of(), List.of())));
        Edge e = edgeBetween(r, "a:2", "a:1");
        assertThat(e.confidence()).isCloseTo(0.9 * ReuseEdges.BY_FIRST_SEEN, within(1e-9));
        assertThat(e.evidence().get(0).sentence()).contains("saw the one article at")
                .contains("before the publication time the two article states");
    }

    @Test
    void aStatedPublicationTimeStandsAgainstTheOthersFirstSeenTimeAsInTheReuseMatch() {
        // a copy pasted without a date, seen a minute before its original, which states it appeared two days earlier
        Node pasted = article("a:1", "one", OutletKind.NEWSROOM, null, hours(48), null);
        Node original = article("a:2", "two", OutletKind.NEWSROOM, hours(0), hours(48).plusSeconds(60), null);
        EdgeBuilder.Result r = builder.build(List.of(input(pasted, List.of(), List.of(reuse("a:2", 0.9))),
                input(original, List.of(), List.of())));
        Edge e = edgeBetween(r, "a:1", "a:2");
        assertThat(e.directionKnown()).isTrue();
        assertThat(e.evidence().get(0).sentence()).contains("the two article states it was published at")
                .contains("before Wiretrace first saw the one article");
    }

    @Test
    void noDatesAndNoCreditsLeaveTheReuseUndirected() {
        Node a = article("a:1", "one", OutletKind.NEWSROOM, null, null, null);
        Node b = article("a:2", "two", OutletKind.NEWSROOM, null, null, null);
        EdgeBuilder.Result r = builder.build(List.of(input(a, List.of(), List.of(reuse("a:2", 0.9))),
                input(b, List.of(), List.of())));
        assertThat(r.edges()).singleElement().satisfies(e -> {
            assertThat(e.directionKnown()).isFalse();
            assertThat(e.uncredited()).isFalse();
            assertThat(e.evidence().get(0).sentence()).contains("unknown");
        });
    }

    @Test
    void timesWithinTheToleranceDoNotDecide() {
        Node a = article("a:1", "one", OutletKind.NEWSROOM, hours(0), null, null);
        Node b = article("a:2", "two", OutletKind.NEWSROOM, hours(0).plusSeconds(30), null, null);
        EdgeBuilder.Result r = builder.build(List.of(input(a, List.of(), List.of(reuse("a:2", 0.9))),
                input(b, List.of(), List.of())));
        assertThat(r.edges()).singleElement().satisfies(e -> assertThat(e.directionKnown()).isFalse());
    }

    @Test
    void reuseWithinOneOutletIsNotUncredited() {
        Node update = newsroomArticle("a:update", "dailyone", hours(6));
        EdgeBuilder.Result r = builder.build(List.of(input(source, List.of(), List.of()),
                input(update, List.of(), List.of(reuse(source.id(), 0.9)))));
        assertThat(edgeBetween(r, update.id(), source.id()).uncredited()).isFalse();
    }

    @Test
    void creditingItsOwnOutletIsIgnored() {
        CreditInput self = credit("original_source", "copysite", "Copy Site", null, OutletKind.NEWSROOM,
                "Source: Copy Site", "footer", 0.9);
        assertThat(builder.build(List.of(input(copy, List.of(self), List.of()))).edges()).isEmpty();
    }

    @Test
    void aCreditedUrlOfAStoredArticlePointsAtIt() {
        CreditInput link = urlCredit("canonical_cross_domain", source.url().replace("https://www.", "http://") + "/",
                "<link rel=canonical>", 0.95);
        EdgeBuilder.Result r = builder.build(List.of(input(source, List.of(), List.of()), input(copy, List.of(link), List.of())));
        assertThat(edgeBetween(r, copy.id(), source.id()).kind()).isEqualTo(EdgeKind.CANONICAL);
    }

    @Test
    void aCreditedUrlNotStoredBecomesASharedPlaceholder() {
        CreditInput link = urlCredit("original_source", "https://www.france24.example/en/story-1", "Read more", 0.9);
        Node other = newsroomArticle("a:other", "third", hours(1));
        EdgeBuilder.Result r = builder.build(List.of(input(copy, List.of(link), List.of()), input(other, List.of(link), List.of())));
        String placeholder = NodeIds.creditedUrl("https://france24.example/en/story-1");
        assertThat(edgeBetween(r, copy.id(), placeholder)).isNotNull();
        assertThat(edgeBetween(r, other.id(), placeholder)).isNotNull();
    }

    @Test
    void aPlaceholderGivesWayWhenTheCreditedSourceIsIngested() {
        String url = "https://www.dailyone.example/news/a:source";
        CreditInput link = urlCredit("original_source", url, "Original Source", 0.9);
        EdgeBuilder.Result before = builder.build(List.of(input(copy, List.of(link), List.of())));
        assertThat(before.edges()).singleElement().satisfies(e -> assertThat(e.to()).isEqualTo(NodeIds.creditedUrl(url)));

        EdgeBuilder.Result after = builder.build(List.of(input(copy, List.of(link), List.of()),
                input(source, List.of(), List.of(reuse(copy.id(), 0.9)))));
        assertThat(after.nodes()).noneMatch(n -> n.type() == Node.Type.PLACEHOLDER);
        Edge e = edgeBetween(after, copy.id(), source.id());
        assertThat(e.evidence()).extracting(EdgeEvidence::kind).containsExactly("original_source", "reuse");
        assertThat(e.uncredited()).isFalse();
    }

    @Test
    void aUrlCreditToTheSourcesDomainCountsAsCrediting() {
        CreditInput otherPage = urlCredit("via", "https://dailyone.example/some/other/page", "via dailyone", 0.5);
        EdgeBuilder.Result r = builder.build(List.of(input(source, List.of(), List.of()),
                input(copy, List.of(otherPage), List.of(reuse(source.id(), 0.9)))));
        assertThat(edgeBetween(r, copy.id(), source.id()).uncredited()).isFalse();
    }

    @Test
    void aSyndicationNoticeNamingNobodyGoesToAnUnnamedFeed() {
        CreditInput notice = credit("syndicated_feed_disclaimer", null, null, null, OutletKind.UNKNOWN,
                "auto-generated from a syndicated feed", "body", 0.9);
        EdgeBuilder.Result r = builder.build(List.of(input(copy, List.of(notice), List.of())));
        Edge e = r.edges().get(0);
        assertThat(e.kind()).isEqualTo(EdgeKind.SYNDICATED);
        assertThat(r.nodes()).anySatisfy(n -> assertThat(n.label()).isEqualTo("unnamed syndication feed"));
    }

    @Test
    void withTwoNamedSourcesTheAgencyCreditStaysOnTheArticle() {
        List<CreditInput> credits = List.of(
                credit("original_source", "one", "One", null, OutletKind.NEWSROOM, "Source: One", "footer", 0.9),
                credit("via", "two", "Two", null, OutletKind.NEWSROOM, "via Two", "body", 0.6),
                agency("reuters", "Reuters", "(Reuters)", "dateline", 0.8));
        EdgeBuilder.Result r = builder.build(List.of(input(copy, credits, List.of())));
        assertThat(edgeBetween(r, copy.id(), "outlet:reuters").kind()).isEqualTo(EdgeKind.CREDITED);
        assertThat(r.edges()).hasSize(3);
    }

    @Test
    void creditsToTheSamePartyShareOneNodeAndCombine() {
        List<CreditInput> credits = List.of(
                agency("afp", "AFP", "(AFP)", "dateline", 0.6),
                agency("afp", "AFP", "Agence France-Presse", "byline", 0.7));
        EdgeBuilder.Result r = builder.build(List.of(input(copy, credits, List.of())));
        Edge e = edgeBetween(r, copy.id(), "outlet:afp");
        assertThat(e.evidence()).extracting(EdgeEvidence::confidence).containsExactly(0.7, 0.6);
        assertThat(e.confidence()).isCloseTo(1 - 0.4 * 0.3, within(1e-9));
    }

    @Test
    void aNewVersionAtTheSameUrlIsARevision() {
        Node v1 = newsroomArticle("a:v1", "dailyone", hours(0));
        Node v2 = newsroomArticle("a:v2", "dailyone", hours(0));
        EdgeBuilder.Result r = builder.build(List.of(input(v1, List.of(), List.of()),
                new ArticleInput(v2, List.of(), List.of(), v1.id())));
        assertThat(edgeBetween(r, v2.id(), v1.id()).kind()).isEqualTo(EdgeKind.REVISION_OF);
    }

    @Test
    void matchesToArticlesNotGivenAreIgnoredAndDuplicatesRefused() {
        assertThat(builder.build(List.of(input(copy, List.of(), List.of(reuse("a:missing", 0.9))))).edges()).isEmpty();
        assertThatThrownBy(() -> builder.build(List.of(input(copy, List.of(), List.of()), input(copy, List.of(), List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a:copy");
    }
}
