package io.wiretrace.attribution;

import java.util.List;

/**
 * One family of attribution phrasings or markup. A rule is stateless and thread-safe; it reports each finding with
 * the rule id that fired and a human-readable reason. Self-references and duplicates are removed by the detector, so a
 * rule need not check them.
 */
public interface Rule {

    /** Findings in this article; never null. */
    List<Attribution> apply(ArticleView article);
}
