package io.wiretrace.review;

import io.wiretrace.attribution.Attribution;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One side of a review.
 *
 * @param id the article id
 * @param bodyText the article body as stored; every offset of a {@link Review} refers to it
 * @param attributions what the attribution detector found on the article (credits); empty when none
 * @param publishedAt publication time, or null when unknown
 */
public record ReviewText(String id, String bodyText, List<Attribution> attributions, Instant publishedAt) {

    public ReviewText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bodyText, "bodyText");
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
    }
}
