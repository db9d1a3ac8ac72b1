package io.wiretrace.reuse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture that the store could not learn as {@link Formulas formulas} (which need
 * {@value Formulas#MIN_ARTICLES} articles): a site with only a few stored pages repeats its navigation, its font and
 * subscription prompts or an agency notice in every extracted body. Such passages make no partial reuse:
 * <ul>
 * <li>a passage that is not prose, fewer than {@value #MIN_PROSE_SHARE} of its words starting in lowercase (a menu
 * "Front Page | National | Tamil Nadu | …", a list of names, a credits line);</li>
 * <li>all passages, when every prose passage two texts share lies at an edge of both texts (within the first or the
 * last {@value #EDGE} of its characters): a passage copied from a story sits inside the other text or comes with
 * more.</li>
 * </ul>
 * Stateless.
 */
final class PageFurniture {

    /** Share of a text's characters at its start and at its end where page furniture sits. */
    static final double EDGE = 0.15;
    /** Share of a passage's words that start in lowercase for it to be prose. */
    static final double MIN_PROSE_SHARE = 0.5;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

    private PageFurniture() {
    }

    /** The unquoted passages that count toward partial reuse: prose, and not all at the edges of both texts. */
    static List<VerbatimPassage> story(List<VerbatimPassage> passages, String a, String b) {
        List<VerbatimPassage> prose = passages.stream()
                .filter(p -> !p.quoted() && isProse(a.substring(p.aStart(), p.aEnd()))).toList();
        boolean allAtEdges = prose.stream().allMatch(p -> atEdge(p.aStart(), p.aEnd(), a.length())
                && atEdge(p.bStart(), p.bEnd(), b.length()));
        return allAtEdges ? List.of() : prose;
    }

    static boolean isProse(String passage) {
        Matcher m = WORD.matcher(passage);
        int words = 0;
        int lower = 0;
        while (m.find()) {
            words++;
            if (Character.isLowerCase(m.group().charAt(0))) {
                lower++;
            }
        }
        return words > 0 && (double) lower / words >= MIN_PROSE_SHARE;
    }

    private static boolean atEdge(int start, int end, int length) {
        return end <= EDGE * length || start >= (1 - EDGE) * length;
    }
}
