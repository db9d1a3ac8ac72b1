package io.wiretrace.watch;

import java.time.Instant;

/**
 * How a watched source found an article: part of where the article came from.
 *
 * @param sourceId     the source
 * @param itemId       the feed's id of the item (guid, Atom id, JSON Feed id), null for sitemaps
 * @param publishedAt  the feed's published time of the item
 * @param updatedAt    the feed's updated time of the item
 * @param feedTitle    the feed's title of the item
 * @param discoveredAt when the article was ingested from the source
 * @param sourceDeleted true when the source is no longer watched (deleted): the discovery stays as history, the
 *                      source's own page is gone
 */
public record Discovery(long sourceId, String itemId, Instant publishedAt, Instant updatedAt, String feedTitle,
                        Instant discoveredAt, boolean sourceDeleted) {
}
