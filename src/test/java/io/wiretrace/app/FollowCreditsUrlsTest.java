package io.wiretrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import io.wiretrace.article.StoredAttribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which credited URLs an article's attributions hand to the follower. */
class FollowCreditsUrlsTest {

    private static StoredAttribution credit(String mention) {
        return new StoredAttribution(1, new Attribution(AttributionKind.META_ORIGINAL_SOURCE,
                new Attribution.Target(null, "x", "x.example", mention),
                new Attribution.Evidence("<meta>", "meta", null, null), 0.85, "test", "test"), "v", null);
    }

    @Test
    void takesDistinctHttpUrlsOtherThanTheArticlesOwnUpToTheCap() {
        List<StoredAttribution> credits = List.of(credit("AFP"), credit("https://a.example/1"),
                credit("https://a.example/1"), credit("ftp://b.example/2"), credit("https://own.example/story"),
                credit("http://c.example/3"), credit("https://d.example/4"), credit(null));
        assertThat(FollowCredits.creditedUrls(credits, "https://own.example/story", 5))
                .containsExactly("https://a.example/1", "http://c.example/3", "https://d.example/4");
        assertThat(FollowCredits.creditedUrls(credits, null, 2)).containsExactly("https://a.example/1",
                "https://own.example/story");
        assertThat(FollowCredits.creditedUrls(credits, null, 0)).isEmpty();
    }
}
