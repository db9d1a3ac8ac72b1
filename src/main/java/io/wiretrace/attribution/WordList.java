package io.wiretrace.attribution;

import io.wiretrace.extract.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of words or phrases read from a data file under {@code src/main/resources/attribution} (one entry a line,
 * {@code #} comments, a language column before a tab ignored). {@link #inText} finds an entry as whole words, any
 * letter case; entries in scripts without spaces (Chinese, Japanese) are found anywhere. Immutable, thread-safe.
 */
final class WordList {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.&-][\\p{L}\\p{N}]+)*");

    private final Set<String> phrases;
    private final List<String> caseless;

    private WordList(Set<String> phrases, List<String> caseless) {
        this.phrases = phrases;
        this.caseless = caseless;
    }

    static WordList load(String resource) {
        return of(lines(resource));
    }

    /** The entries of a data file, lower case, in file order. */
    static List<String> lines(String resource) {
        return DataFile.entries(resource);
    }

    static WordList of(List<String> entries) {
        List<String> caseless = entries.stream().filter(WordList::unspaced).toList();
        return new WordList(Set.copyOf(entries.stream().filter(e -> !unspaced(e)).toList()), caseless);
    }

    /** The entries, lower case, in file order for caseless scripts and unordered otherwise. */
    Set<String> entries() {
        return phrases;
    }

    /** True when the text holds an entry: whole words (up to four), or anywhere for an unspaced script. */
    boolean inText(String text) {
        // a Turkish capital İ lower-cases to i and a combining dot, which would split "TÜİK" into two words
        String lower = text.toLowerCase(Locale.ROOT).replace("\u0307", "");
        for (String c : caseless) {
            if (lower.contains(c)) {
                return true;
            }
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = 0; i < words.size(); i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < 4 && i + n < words.size(); n++) {
                phrase.append(n == 0 ? "" : " ").append(words.get(i + n));
                if (phrases.contains(phrase.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Chinese, Japanese and Thai are written without spaces between words. */
    private static boolean unspaced(String entry) {
        return entry.codePoints().anyMatch(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
        });
    }
}
