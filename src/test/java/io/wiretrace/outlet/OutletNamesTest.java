package io.wiretrace.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.RandomTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Associated Press      | associated press",
        "  L'Express!!             | l express",
        "Télam                     | telam",
        "ＡＦＰ                     | afp",
        "De Telegraaf              | telegraaf",
        "Der-Spiegel               | spiegel",
        "the                       | the",
        "THE  --  Sun              | sun",
        "o Globo                   | globo",
        "Derwent Times             | derwent times",
        "AT&T 24/7                 | at t 24 7",
        "Gazeta Wyborcza (Łódź)    | gazeta wyborcza lodz",
        "LA Times                  | la times",
        "EL PAÍS                   | pais",
        "El País                   | pais",
        "DIE ZEIT                  | zeit",
    })
    void normalizesSpellingVariants(String mention, String expected) {
        assertThat(OutletNames.normalize(mention)).isEqualTo(expected);
    }

    @Test
    void nullIsEmpty() {
        assertThat(OutletNames.normalize(null)).isEmpty();
    }

    /** An ASCII mention takes a shortcut; a combining mark (dropped) sends the same mention down the general path. */
    @Test
    void asciiShortcutAgreesWithTheGeneralPath() {
        String[] pieces = {"the", "THE", " ", "la", "d", "-", "i", "or", ".", "'", "&", "_", "AZ", "az", "09", "\t", "\n",
            "\u001f", "(", ")", "/", ","};
        for (String ascii : RandomTexts.of(pieces, 20_000, 8, 17)) {
            assertThat(OutletNames.normalize(ascii)).as("'%s'", ascii).isEqualTo(OutletNames.normalize("\u0301" + ascii));
        }
    }
}
