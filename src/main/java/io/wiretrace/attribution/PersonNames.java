package io.wiretrace.attribution;

import io.wiretrace.extract.DataFile;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a name is a person's: two or three words in name case, the first a common given name
 * ({@code attribution/given-names.txt}), the last no word of a publication's name ("Victoria Advocate", "Anna Times").
 * Used where an unknown name would otherwise be credited as a source ("Quelle: Hanna Berg" names the author).
 */
final class PersonNames {

    private static final Set<String> GIVEN = Set.copyOf(DataFile.entries("/attribution/given-names.txt"));
    private static final Pattern NAME_CASE = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+\\.?|\\p{Lu}\\.");
    /** Words that close publications' names, not people's. */
    private static final Pattern PUBLICATION_WORD = Pattern.compile("(?iu)times|news|post|herald|tribune|journal|"
            + "gazette|press|presse|daily|weekly|star|sun|mail|express|chronicle|observer|guardian|telegraph|record|"
            + "review|report|radio|tv|zeitung|blatt|kurier|rundschau|anzeiger|nachrichten|diario|noticias|notícias|"
            + "jornal|giornale|corriere|gazzetta|courrier|monde|magazine|magazin|media|network|agency|agentur|agencia|"
            + "agência|agenzia|ajansı|haber|online|digital|group|channel|info|today|live|wire|newswire|"
            // English mastheads' closing words ("The Valmere Sentinel", "Valmere Ledger", "The Harbour Courant")
            + "sentinel|ledger|courier|bulletin|examiner|inquirer|enquirer|dispatch|register|standard|mirror|globe|"
            + "advocate|monitor|courant|statesman|argus|messenger|leader");

    private PersonNames() {
    }

    /** One to five capitalised words closing with a publication's word: "Valmere Times", "The Harbour Daily News". */
    static boolean publicationName(String name) {
        String[] words = name.strip().split("\\s+");
        if (name.isBlank() || words.length > 5 || !Character.isUpperCase(name.strip().codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!w.equals("the") && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return PUBLICATION_WORD.matcher(words[words.length - 1].replaceAll("[.'’]", "")).matches();
    }

    static boolean isPerson(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > 3 || !GIVEN.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String w : words) {
            if (!NAME_CASE.matcher(w).matches()) {
                return false;
            }
        }
        return !PUBLICATION_WORD.matcher(words[words.length - 1].replaceAll("[.'’]", "")).matches();
    }
}
