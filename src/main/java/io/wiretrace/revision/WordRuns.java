package io.wiretrace.revision;

import io.wiretrace.revision.SentenceChange.WordChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Word-level comparison of an old and a new sentence: words are runs of non-space characters, compared ignoring case. */
final class WordRuns {

    private WordRuns() {
    }

    /** Dice overlap of the two sentences' words (as a multiset): 1 for the same words. */
    static double overlap(String before, String after) {
        List<String> a = keys(before);
        List<String> b = keys(after);
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Map<String, Integer> left = new HashMap<>();
        a.forEach(w -> left.merge(w, 1, Integer::sum));
        int shared = 0;
        for (String w : b) {
            if (left.getOrDefault(w, 0) > 0) {
                left.merge(w, -1, Integer::sum);
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    /** Runs of kept, deleted and inserted words; within a change, deletions come before insertions. */
    static List<WordChange> diff(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        int[][] lcs = Lcs.table(keys(before), keys(after));
        List<WordChange> out = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && key(a.get(i)).equals(key(b.get(j)))) {
                emit(out, WordChange.Op.DELETE, deleted);
                emit(out, WordChange.Op.INSERT, inserted);
                kept.add(b.get(j));
                i++;
                j++;
            } else {
                emit(out, WordChange.Op.KEEP, kept);
                if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    inserted.add(b.get(j++));
                } else {
                    deleted.add(a.get(i++));
                }
            }
        }
        emit(out, WordChange.Op.KEEP, kept);
        emit(out, WordChange.Op.DELETE, deleted);
        emit(out, WordChange.Op.INSERT, inserted);
        return out;
    }

    private static void emit(List<WordChange> out, WordChange.Op op, List<String> words) {
        if (!words.isEmpty()) {
            out.add(new WordChange(op, String.join(" ", words)));
            words.clear();
        }
    }

    private static List<String> words(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    private static List<String> keys(String s) {
        return words(s).stream().map(WordRuns::key).toList();
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
