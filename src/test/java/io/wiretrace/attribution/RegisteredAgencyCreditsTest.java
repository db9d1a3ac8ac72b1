package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * National agencies added to the registry from the agency alliances' member lists are credited by their sign-offs in
 * the languages they write in; agency names that are also ordinary words were left out of the registry, so they
 * credit nothing. Sister sites are outlets of their own, so a link between them stays a credit. Invented stories on an
 * invented site.
 */
class RegisteredAgencyCreditsTest {

    private static final String LEAD = "The harbour board approved a plan to dredge the northern channel, which has "
            + "silted up over the past decade and keeps the largest ships waiting for the tide.";

    private static Articles story(String closing) {
        return article().site("harbourdaily.example").siteName("Harbour Daily").body(LEAD,
                "The work is to start in the spring and last eighteen months, the board said on Monday.", closing);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Uosto valdyba pirmadienį patvirtino planą išvalyti šiaurinį kanalą, sakė valdybos atstovas. (ELTA); elta",
        "Ostas valde pirmdien apstiprināja plānu iztīrīt ziemeļu kanālu, sacīja valdes pārstāvis. (LETA); leta",
        "Совет порта в понедельник одобрил план углубить северный канал, сообщил представитель. (Казинформ); kazinform",
        "Il consiglio del porto ha approvato lunedì il piano per dragare il canale nord, ha detto il portavoce. "
                + "(Italpress); italpress",
        "Der Hafenrat hat am Montag den Plan gebilligt, die nördliche Fahrrinne auszubaggern, sagte ein Sprecher. "
                + "(dapd); dapd",
        "La junta del puerto aprobó el lunes el plan para dragar el canal norte, dijo el portavoz. (Colprensa); colprensa",
    })
    void aNationalAgencySignOffResolvesToItsKey(String closing, String key) {
        assertThat(Detection.summary(story(closing))).containsExactly("wire_credit:" + key);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Shipping lines expect the first ships through in the summer. (Trend)",
        "Shipping lines expect the first ships through in the summer. (Beta)",
        "Shipping lines expect the first ships through in the summer. - Andes",
    })
    void agencyNamesThatAreOrdinaryWordsCreditNothing(String closing) {
        assertThat(Detection.summary(story(closing))).isEmpty();
    }
}
