package io.wiretrace.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletRegistryTest {

    private static final OutletRegistry REGISTRY = OutletRegistry.fromClasspath();

    @Test
    void bundledRegistryIsLargeAndCoversEveryKind() {
        assertThat(REGISTRY.size()).isGreaterThanOrEqualTo(180);
        assertThat(REGISTRY.all()).extracting(Outlet::kind)
                .contains(OutletKind.WIRE_AGENCY, OutletKind.AGGREGATOR, OutletKind.NEWSROOM);
        assertThat(REGISTRY.all()).allSatisfy(o -> {
            assertThat(o.key()).matches("[a-z0-9][a-z0-9-]*");
            assertThat(o.name()).isNotBlank();
            assertThat(o.domains()).isNotEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"afp", "reuters", "ap", "dpa", "efe", "ansa", "xinhua", "kyodo", "jiji", "yonhap", "pti",
        "ians", "ani", "uni", "bernama", "antara", "aap", "cp", "pa-media", "tass", "ria", "interfax", "anadolu", "ina",
        "sana", "irna", "wam", "kuna", "bloomberg", "apa", "belga", "anp", "ritzau", "ntb", "tt", "stt", "pap", "ctk",
        "mti", "lusa", "agencia-brasil", "notimex", "kna", "epd", "sid", "dts", "kathpress", "europa-press"})
    void everyMajorAgencyIsAWireAgency(String key) {
        assertThat(REGISTRY.byKey(key)).get().extracting(Outlet::kind).isEqualTo(OutletKind.WIRE_AGENCY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Agence France-Presse,      afp",
        "agence france presse,      afp",
        "AFP,                       afp",
        "the associated press,      ap",
        "The Associated Press,      ap",
        "Deutsche Presse-Agentur,   dpa",
        "Agência Brasil,            agencia-brasil",
        "Agencia Brasil,            agencia-brasil",
        "L'Express,                 lexpress",
        "l express,                 lexpress",
        "Télam,                     telam",
        "Polska Agencja Prasowa,    pap",
        "Česká tisková kancelář,    ctk",
        "The Conversation,          theconversation",
        "Le Monde,                  lemonde",
        "www.france24.com,          france24",
        "Time.com,                  time",
        "efe-epa,                   efe",
        "LA Times,                  latimes",
        "The Times,                 thetimes",
        // native scripts and the credit forms of other countries' wires
        "Казинформ,                 kazinform",
        "ΚΥΠΕ,                      cyprus-news-agency",
        "La Presse Canadienne,      cp",
        "ΑΠΕ-ΜΠΕ,                   ana-mpa",
        "Agence Télégraphique Suisse, sda",
        "로이터통신,                  reuters",
        "Lietuvos naujienų agentūra ELTA, elta",
    })
    void resolvesNamesToleratingCaseDiacriticsPunctuationAndThe(String mention, String key) {
        assertThat(REGISTRY.byName(mention)).get().extracting(Outlet::key).isEqualTo(key);
    }

    /** Agencies named by an ordinary word are registered under a qualified name: only their domain resolves. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Trend", "Andes", "Beta", "Saba"})
    void ordinaryWordsNameNoAgency(String word) {
        assertThat(REGISTRY.byName(word)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "afp.com,                                      afp",
        "https://www.afp.com/en/news,                  afp",
        "https://apnews.com/748f8eb6520f,              ap",
        "https://edition.cnn.com/2024/x,               cnn",
        "https://www.bbc.co.uk/news/x,                 bbc",
        "https://news.google.com/articles/x,           google-news",
        "https://news.yahoo.com/x,                     yahoo",
        "https://agenciabrasil.ebc.com.br/geral/x,     agencia-brasil",
        "https://www.wired.co.uk/article/x,            wired-uk",
        "https://www.wired.com/story/x,                wired",
        "https://www.smh.com.au/world/x,               smh",
        "https://economictimes.indiatimes.com/x,       economictimes",
    })
    void resolvesDomainsIncludingSubdomainsAndCountrySuffixes(String url, String key) {
        assertThat(REGISTRY.byDomain(url)).get().extracting(Outlet::key).isEqualTo(key);
    }

    @Test
    void unknownsResolveToNothing() {
        assertThat(REGISTRY.byName("Harbour Gazette")).isEmpty();
        assertThat(REGISTRY.byName(null)).isEmpty();
        assertThat(REGISTRY.byDomain("https://duol.hu/x")).isEmpty();
        assertThat(REGISTRY.byDomain("indiatimes.com")).isEmpty();
        assertThat(REGISTRY.byKey("nope")).isEmpty();
    }

    @Test
    void loadsTheTsvFormat() {
        OutletRegistry registry = load("# comment\n\nab\twire_agency\tAgency B\tAB|Agence B\tab.example|ab.example.org\n");
        Outlet ab = registry.byKey("ab").orElseThrow();
        assertThat(ab.aliases()).containsExactly("AB", "Agence B");
        assertThat(ab.domains()).containsExactly("ab.example", "ab.example.org");
        assertThat(registry.byName("agence b")).contains(ab);
    }

    @Test
    void rejectsDuplicateKeysNamingThem() {
        assertThatThrownBy(() -> load("x\tnewsroom\tX\t\tx.example\nx\tnewsroom\tY\t\ty.example\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
    }

    @Test
    void rejectsDuplicateDomainsNamingThem() {
        assertThatThrownBy(() -> load("x\tnewsroom\tX\t\tshared.example\ny\tnewsroom\tY\t\twww.shared.example\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shared.example").hasMessageContaining("'x'").hasMessageContaining("'y'");
    }

    @Test
    void rejectsMalformedLinesNamingTheLine() {
        assertThatThrownBy(() -> load("x\tnewsroom\tX\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> load("\n\nx\tmagazine\tX\t\tx.example\n")).hasMessageContaining("line 3")
                .hasMessageContaining("magazine");
        assertThatThrownBy(() -> load("X Y\tnewsroom\tX\t\tx.example\n")).hasMessageContaining("'X Y'");
    }

    @Test
    void ambiguousAliasesResolveToNothingButOwnNamesWin() {
        OutletRegistry registry = load("a\tnewsroom\tAlpha\tShared\ta.example\nb\tnewsroom\tBeta\tShared|Alpha\tb.example\n");
        assertThat(registry.byName("Shared")).isEmpty();
        assertThat(registry.byName("Alpha")).get().extracting(Outlet::key).isEqualTo("a");
    }

    @Test
    void withAddsOrReplacesAndValidates() {
        Outlet added = new Outlet("harbour", "Harbour Gazette", List.of(), List.of("harbourgazette.example"),
                OutletKind.NEWSROOM);
        OutletRegistry bigger = REGISTRY.with(added);
        assertThat(bigger.size()).isEqualTo(REGISTRY.size() + 1);
        assertThat(bigger.byName("harbour gazette")).contains(added);
        assertThat(REGISTRY.byKey("harbour")).isEmpty(); // the original is unchanged
        Outlet renamed = new Outlet("harbour", "Harbour Daily", List.of(), List.of("harbourgazette.example"),
                OutletKind.NEWSROOM);
        assertThat(bigger.with(renamed).byKey("harbour")).contains(renamed);
        Outlet clash = new Outlet("other", "Other", List.of(), List.of("afp.com"), OutletKind.UNKNOWN);
        assertThatThrownBy(() -> REGISTRY.with(clash)).hasMessageContaining("afp.com");
    }

    private static OutletRegistry load(String tsv) {
        return OutletRegistry.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }
}
