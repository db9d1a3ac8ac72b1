package io.wiretrace.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharingSitesTest {

    @Test
    void socialNetworksAndTheirSubdomainsAreSharingSites() {
        for (String host : new String[] {"twitter.com", "x.com", "facebook.com", "mbasic.facebook.com", "t.co",
                "wa.me", "news.google.com", "flipboard.com", "apple.news", "bsky.app", "youtube.com"}) {
            assertThat(SharingSites.isSharing(host)).as(host).isTrue();
        }
    }

    @Test
    void newsSitesWhoseNamesHoldANetworksNameAreNot() {
        for (String host : new String[] {"valmeretimes.example", "online.example", "xnews.example",
                "thelineup.example", "twittertimes.example", "google.com", "apnews.com"}) {
            assertThat(SharingSites.isSharing(host)).as(host).isFalse();
        }
        assertThat(SharingSites.isSharing(null)).isFalse();
    }
}
