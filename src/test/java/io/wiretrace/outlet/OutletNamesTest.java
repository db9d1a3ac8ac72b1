package io.wiretrace.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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
        Random random = new Random(17);
        String alphabet = "theTHE lad-ior.'&_AZaz09 \t\n\u001f()/,";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String ascii = s.toString();
            assertThat(OutletNames.normalize(ascii)).as("'%s'", ascii).isEqualTo(OutletNames.normalize("\u0301" + ascii));
        }
    }
}
