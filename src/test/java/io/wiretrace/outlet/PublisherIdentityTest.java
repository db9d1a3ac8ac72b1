package io.wiretrace.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublisherIdentityTest {

    private final OutletRegistry registry = OutletRegistry.of(List.of(
            new Outlet("ndtv", "NDTV", List.of(), List.of("ndtv.com"), OutletKind.NEWSROOM),
            new Outlet("afp", "AFP", List.of("Agence France-Presse"), List.of("afp.com"), OutletKind.WIRE_AGENCY)));

    @Test
    void theDomainDecidesOverTheSiteNameThePageClaims() {
        PublisherIdentity id = PublisherIdentity.of(new PublisherIdentity.Claims("https://www.ndtv.com/world/story", null,
                null, null, null, "AFP"), registry);
        assertThat(id.known()).map(Outlet::key).contains("ndtv");
    }

    @Test
    void anUnregisteredDomainIsNotResolvedByTheNameThePageGivesItself() {
        PublisherIdentity id = PublisherIdentity.of(new PublisherIdentity.Claims(null, "https://copycat.example/x", null,
                null, null, "AFP"), registry);
        assertThat(id.known()).isEmpty();
        assertThat(id.domain()).isEqualTo("copycat.example");
        assertThat(id.name()).isEqualTo("AFP");
    }

    @Test
    void withoutADomainTheHintThenTheSiteNameIsLookedUpByName() {
        assertThat(PublisherIdentity.of(new PublisherIdentity.Claims(null, null, "Agence France-Presse", null, null,
                "NDTV"), registry).known()).map(Outlet::key).contains("afp");
        assertThat(PublisherIdentity.of(new PublisherIdentity.Claims(null, null, null, null, null, "NDTV"), registry)
                .known()).map(Outlet::key).contains("ndtv");
    }

    @Test
    void aHintWrittenAsADomainIsADomain() {
        PublisherIdentity id = PublisherIdentity.of(new PublisherIdentity.Claims(null, null, "nigeriapulse.com", null,
                null, null), registry);
        assertThat(id.domain()).isEqualTo("nigeriapulse.com");
        assertThat(id.name()).isEqualTo("nigeriapulse.com");
    }

    @Test
    void aHintNamingAnotherRegisteredOutletThanTheUrlsIsAConflict() {
        assertThat(conflict("https://www.ndtv.com/world/story", "AFP")).hasValueSatisfying(why -> assertThat(why)
                .contains("registered outlet afp").contains("ndtv.com").contains("outlet ndtv"));
        assertThat(conflict("https://copycat.example/x", "Agence France-Presse")).hasValueSatisfying(why ->
                assertThat(why).contains("registered outlet afp").contains("copycat.example"));
        assertThat(conflict("https://copycat.example/x", "www.france24.com")).hasValueSatisfying(why ->
                assertThat(why).contains("another site").contains("copycat.example"));
    }

    @Test
    void aNameSharingNoWordWithTheOutletAtTheUrlIsAConflict() {
        assertThat(conflict("https://www.ndtv.com/world/story", "Some Blog")).hasValueSatisfying(why ->
                assertThat(why).contains("is not NDTV").contains("ndtv.com"));
        // the outlet's own words, in any form, are no conflict
        assertThat(conflict("https://www.ndtv.com/world/story", "NDTV News")).isEmpty();
        assertThat(conflict("https://www.ndtv.com/world/story", "ndtv")).isEmpty();
        assertThat(conflict("https://www.france24.com/en/x", "France 24 English")).isEmpty();
    }

    @Test
    void aHintAgreeingWithTheUrlOrNamingAnUnknownOutletIsNoConflict() {
        assertThat(conflict("https://www.ndtv.com/world/story", "NDTV")).isEmpty();
        assertThat(conflict("https://edition.ndtv.com/world/story", "ndtv.com")).isEmpty();
        assertThat(conflict("https://copycat.example/x", "Copycat Daily")).isEmpty();
        assertThat(conflict("https://news.copycat.example/x", "copycat.example")).isEmpty();
        assertThat(conflict(null, "AFP")).isEmpty();
        assertThat(conflict("https://www.ndtv.com/x", null)).isEmpty();
    }

    private java.util.Optional<String> conflict(String url, String hint) {
        return PublisherIdentity.hintConflict(new PublisherIdentity.Claims(url, url, hint, null, null, null), registry);
    }

    @Test
    void nothingToGoOnNamesNothing() {
        PublisherIdentity id = PublisherIdentity.of(new PublisherIdentity.Claims(null, null, null, null, null, null),
                registry);
        assertThat(id.known()).isEmpty();
        assertThat(id.name()).isNull();
    }

    @Test
    void keysOfCreatedOutletsAreSlugsOrDomains() {
        assertThat(OutletKeys.fromDomainOrName("nigeriapulse.com")).isEqualTo("nigeriapulse.com");
        assertThat(OutletKeys.fromDomainOrName("Le Monde Diplomatique")).isEqualTo("le-monde-diplomatique");
        assertThat(OutletKeys.fromDomainOrName("Süddeutsche Zeitung")).isEqualTo("suddeutsche-zeitung");
        assertThat(OutletKeys.fromDomainOrName("Straßen Blatt")).isEqualTo("stra-en-blatt");
        // a name in two scripts is not the outlet of its Latin part alone
        assertThat(OutletKeys.fromDomainOrName("Коммерсантъ Daily")).startsWith("daily-").hasSize("daily-".length() + 8)
                .isNotEqualTo(OutletKeys.fromDomainOrName("Daily")).isNotEqualTo(OutletKeys.fromDomainOrName("Известия Daily"));
        assertThat(OutletKeys.fromDomainOrName("Daily")).isEqualTo("daily");
        String longName = "Valmere ".repeat(20);
        assertThat(OutletKeys.fromDomainOrName(longName)).hasSize(100)
                .isNotEqualTo(OutletKeys.fromDomainOrName(longName + "Evening"));
        assertThat(OutletKeys.fromDomainOrName("x".repeat(300))).hasSize(100);
    }

    @Test
    void aNameWithoutLatinLettersOrDigitsKeepsAKeyOfItsOwn() {
        // every such name was keyed "outlet", so the second one posted was filed under the first one's outlet
        String tokyo = OutletKeys.fromDomainOrName("東京新聞");
        String kommersant = OutletKeys.fromDomainOrName("Коммерсантъ");
        assertThat(tokyo).matches("outlet-[0-9a-f]{8}");
        assertThat(kommersant).matches("outlet-[0-9a-f]{8}").isNotEqualTo(tokyo);
        assertThat(OutletKeys.fromDomainOrName("!!!")).matches("outlet-[0-9a-f]{8}").isNotEqualTo(tokyo);
        assertThat(OutletKeys.fromDomainOrName(" коммерсантъ ")).as("the same name, case and spaces aside")
                .isEqualTo(kommersant);
    }
}
