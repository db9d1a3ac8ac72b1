package io.wiretrace.verdict;

import java.util.List;

/**
 * A current finding as a verdict records it.
 *
 * @param key         what it says
 * @param producer    the attribution rule, reuse class or edge kind that produced it
 * @param confidence  the detector's confidence, null when none
 * @param summary     the finding in words
 * @param articleKeys the articles it is about, as keys name them
 * @param articleIds  their rows now
 */
public record Finding(FindingKey key, String producer, Double confidence, String summary, List<String> articleKeys,
                      List<Long> articleIds) {

    public Finding {
        articleKeys = List.copyOf(articleKeys);
        articleIds = List.copyOf(articleIds);
    }
}
