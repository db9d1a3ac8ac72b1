package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void guessesTheLanguageOfNewsProseFromItsFunctionWords() {
        assertThat(LanguageGuess.of("The council said on Tuesday that the bridge would be closed for repairs, and that "
                + "traffic was to be diverted through the old town for the rest of the month.")).contains("en");
        assertThat(LanguageGuess.of("Le conseil municipal a annoncé mardi que le pont sera fermé pour des travaux, et "
                + "les habitants ont été invités à prendre les transports en commun pendant cette période.")).contains("fr");
        assertThat(LanguageGuess.of("Der Stadtrat hat am Dienstag mitgeteilt, dass die Brücke wegen Bauarbeiten gesperrt "
                + "wird und der Verkehr nicht durch die Altstadt geleitet werden soll, auch nicht am Wochenende.")).contains("de");
        assertThat(LanguageGuess.of("El ayuntamiento anunció el martes que el puente estará cerrado por obras y que los "
                + "vecinos deberán usar el transporte público durante las próximas semanas, según fuentes oficiales."))
                .contains("es");
        assertThat(LanguageGuess.of("A prefeitura anunciou na terça-feira que a ponte será fechada para obras e que os "
                + "moradores não poderão usar o acesso pelo centro, segundo a nota divulgada pela secretaria."))
                .contains("pt");
        assertThat(LanguageGuess.of("Il consiglio comunale ha annunciato martedì che il ponte sarà chiuso per lavori e che "
                + "il traffico della zona sarà deviato nel centro storico per tutto il mese, anche nei giorni festivi."))
                .contains("it");
        assertThat(LanguageGuess.of("Городской совет во вторник сообщил, что мост будет закрыт на ремонт, и что движение "
                + "по нему не возобновится до конца месяца, как это было и в прошлом году.")).contains("ru");
    }

    @Test
    void makesNoGuessWhenTheWordsDoNotSaySoClearly() {
        assertThat(LanguageGuess.of(null)).isEmpty();
        assertThat(LanguageGuess.of("")).isEmpty();
        assertThat(LanguageGuess.of("Reuters AFP 2024 Tokyo Nikkei 225 38,000 BOJ")).isEmpty();
        assertThat(LanguageGuess.of("東京証券取引所で日経平均株価が上昇した。")).isEmpty();
        // too few words to tell
        assertThat(LanguageGuess.of("the bridge")).isEmpty();
    }

    @Test
    void aWordListedForTwoLanguagesCountsForNeither() {
        // "det som har med" are Swedish, Danish and Norwegian alike: no guess among them from these alone
        Optional<String> guess = LanguageGuess.of("det som har med det som har med det som har med det som har med");
        assertThat(guess).isEmpty();
    }
}
