package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two copies of one earlier text are not copies of each other. Among the matches of one article X, with S a text X is
 * judged derived from: when X is also judged derived from Y, S came out earlier than Y, and X takes at least as much
 * from S as from Y (its derived share from S no more than {@value #SHARE_SLACK} below), or when Y is judged derived
 * from X, S came out earlier than X, and X is S's text throughout (derived share from S at least 1 − {@value
 * #SHARE_SLACK}), the text X and Y share is explained as well by their common source S: the X–Y match names no derived
 * text (and raises no copy event). The tracker otherwise calls every client of an agency a copier of the client that
 * ran the story a minute earlier. Seen from either article of the pair, so a rematch of either gives the same. Stateless.
 */
public final class CommonSources {

    static final double SHARE_SLACK = 0.02;
    /** Times closer than this are simultaneous, as in the pair's own order. */

    private CommonSources() {
    }

    /**
     * X's matches with those explained by a common source rewritten; {@code times} holds X and every other text, by id,
     * for their publication and first-seen times.
     */
    public static List<ReuseMatch> apply(String selfId, List<ReuseMatch> matches, Map<String, ReuseText> times) {
        List<ReuseMatch> out = new ArrayList<>(matches.size());
        for (ReuseMatch m : matches) {
            out.add(explained(selfId, m, matches, times));
        }
        return out;
    }

    private static ReuseMatch explained(String self, ReuseMatch m, List<ReuseMatch> all, Map<String, ReuseText> times) {
        String y = other(self, m);
        for (ReuseMatch s : all) {
            String source = other(self, s);
            if (s == m || !derivedFrom(self, s)) {
                continue;
            }
            if (derivedFrom(self, m) && earlier(times.get(source), times.get(y))
                    && shareOf(self, s) >= shareOf(self, m) - SHARE_SLACK) {
                // X took from S at least what it took from Y, and S came first
                return through(m, source, String.format(java.util.Locale.ROOT, "both draw on article %s, which "
                        + "appeared earlier and holds as much of this text (%.0f%% of it traced there, %.0f%% here): "
                        + "no direction between the two is claimed", source, shareOf(self, s) * 100,
                        shareOf(self, m) * 100));
            }
            if (derivedFrom(y, m) && earlier(times.get(source), times.get(self))
                    && shareOf(self, s) >= 1 - SHARE_SLACK) {
                // Y took from X, but X is S's text throughout: whatever Y took is in S
                return through(m, source, String.format(java.util.Locale.ROOT, "both draw on article %s, which "
                        + "appeared earlier and holds all of the earlier one's text (%.0f%% of it traced there): no "
                        + "direction between the two is claimed", source, shareOf(self, s) * 100));
            }
        }
        return m;
    }

    private static ReuseMatch through(ReuseMatch m, String source, String reason) {
        return new ReuseMatch(m.aId(), m.bId(), m.earlierId(), m.earlierBy(), m.reuseClass(), m.reason(),
                m.containmentAInB(), m.containmentBInA(), m.jaccard(), m.passages(), m.paraphrases(), m.sharedQuotes(),
                m.sharedNumbers(), m.sharedNames(), m.dependence().throughCommonSource(source, reason));
    }

    private static boolean derivedFrom(String self, ReuseMatch m) {
        Dependence d = m.dependence();
        return d != null && self.equals(d.derivedId()) && d.level() != DependenceLevel.INDEPENDENT;
    }

    private static String other(String self, ReuseMatch m) {
        return self.equals(m.aId()) ? m.bId() : m.aId();
    }

    private static double shareOf(String self, ReuseMatch m) {
        return self.equals(m.aId()) ? m.dependence().derivedShareA() : m.dependence().derivedShareB();
    }

    /** Whether {@code a} appeared before {@code b}, as the match orders them ({@link ReuseText#earlierOf}). */
    static boolean earlier(ReuseText a, ReuseText b) {
        return ReuseText.order(a, b) < 0;
    }
}
