package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.app.Revisions;
import io.wiretrace.article.Article;
import io.wiretrace.article.PageOf;
import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import io.wiretrace.event.Event;
import io.wiretrace.event.EventEvidence;
import io.wiretrace.event.EventQuery;
import io.wiretrace.event.EventType;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.revision.RevisionContent;
import io.wiretrace.revision.RevisionDiffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventAndRevisionViewsTest {

    static Article article(long id, String title, String body) {
        ExtractedArticle x = new ExtractedArticle(title, List.of(), null, null, null, "en", null, null, null, null, body,
                null, List.of(), List.of());
        return new Article(id, "html", "https://s.example/a", "https://s.example/a", null, x, "sha" + id, null,
                id == 1 ? null : id - 1, Instant.parse("2026-12-06T10:0" + id + ":00Z"));
    }

    @Test
    void theHistorySaysWhatEachVersionChangedAndTheShownVersionCarriesItsDiff() {
        Attribution afp = new Attribution(AttributionKind.DATELINE, new Attribution.Target("afp", "AFP", null, "AFP"),
                new Attribution.Evidence("PARIS (AFP) -", "body", 0, 13), 0.9, "dateline.wire", "r");
        RevisionContent a = new RevisionContent("Dam", null, "PARIS (AFP) - Water was released.", List.of(afp));
        RevisionContent b = new RevisionContent("Dam lowered", null, "PARIS - Water was released.\nDivers went down.",
                List.of());
        List<Revisions.Version> versions = List.of(new Revisions.Version(article(1, "Dam", a.bodyText()), null, null),
                new Revisions.Version(article(2, "Dam lowered", b.bodyText()), 1L, new RevisionDiffer().diff(a, b)));

        RevisionsView view = RevisionsView.of(versions, 2);

        assertThat(view.hasHistory()).isTrue();
        assertThat(view.versions()).extracting(RevisionsView.VersionRow::changes).containsExactly("first version",
                "headline changed, 1 sentence added, 1 sentence edited, credit dropped: AFP");
        assertThat(view.versions()).extracting(RevisionsView.VersionRow::current).containsExactly(false, true);
        assertThat(view.previousId()).isEqualTo(1L);
        assertThat(view.diff().creditsRemoved()).containsExactly("AFP (dateline): \u201cPARIS (AFP) -\u201d");
        assertThat(view.diff().sentences()).extracting(RevisionsView.SentenceRow::kind).containsExactly("edited", "added");
        assertThat(RevisionsView.of(versions, 1).diff()).isNull();
    }

    @Test
    void theEventsPageLinksEvidenceToItsArticlesAndPagesWithItsFilter() {
        Event e = new Event(9, EventType.UNCREDITED_COPY, "k", "wire", "valley", 5L, 4L, null, 0.876, "Copied",
                List.of(new EventEvidence("copied_passage", 5L, "https://v.example/x", "Engineers lowered", "body", 10, 27),
                        new EventEvidence("alert", null, "https://v.example/rss", "down", "source", null, null)),
                Instant.parse("2026-12-06T10:00:00Z"));
        EventsPage page = EventsPage.of(new PageOf<>(List.of(e), 1, 1, 3), new EventQuery(EventType.UNCREDITED_COPY,
                "wire", null), "Wire Agency");

        EventsPage.EventRow row = page.rows().get(0);
        assertThat(row.type()).isEqualTo("uncredited copy");
        assertThat(row.confidence()).isEqualTo("0.88");
        assertThat(row.outletHref()).isEqualTo("/outlets/wire");
        assertThat(row.evidence().get(0)).isEqualTo(new EventsPage.EvidenceRow("copied passage", "Engineers lowered",
                "article 5, characters 10–27 (body)", "/articles/5"));
        assertThat(row.evidence().get(1).href()).isNull();
        assertThat(page.previousHref()).isEqualTo("/events?type=uncredited_copy&outlet=Wire+Agency&page=0");
        assertThat(page.nextHref()).isEqualTo("/events?type=uncredited_copy&outlet=Wire+Agency&page=2");
        assertThat(page.feedHref()).isEqualTo("/api/events/feed?type=uncredited_copy&outlet=Wire+Agency");
        assertThat(page.types()).filteredOn(EventsPage.Option::selected).extracting(EventsPage.Option::value)
                .containsExactly("uncredited_copy");
    }
}
