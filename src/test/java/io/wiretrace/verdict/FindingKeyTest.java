package io.wiretrace.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingKeyTest {

    private static final String PAGE = FindingKey.article("https://harbour.example/story", null);
    private static final String AGENCY = FindingKey.target("nordwire", "nordwire.example", "Nordwire");
    private static final String BODY = "Storms closed the northern route. The ferry left at dawn. Reporting by Nordwire "
            + "staff in Tromsø. More to follow.";

    @Test
    void anAttributionIsKeyedByWhatItSaysNotByWhereItSits() {
        int start = BODY.indexOf("Reporting by Nordwire");
        FindingKey before = FindingKey.attribution(PAGE, "wire_credit", AGENCY, "Reporting by Nordwire", BODY, start,
                start + 21);
        // reanalysis of a revision with a new first paragraph: offsets move, the claim and its context stay
        String revised = "An update came at noon. " + BODY;
        int moved = revised.indexOf("Reporting by Nordwire");
        FindingKey after = FindingKey.attribution(PAGE, "wire_credit", AGENCY, "Reporting  by NORDWIRE", revised, moved,
                moved + 21);
        assertThat(after).isEqualTo(before);
        assertThat(after.hash()).isEqualTo(before.hash()).hasSize(64);
    }

    @Test
    void theContextIsTheTextAroundTheEvidenceNormalised() {
        int start = BODY.indexOf("Reporting");
        FindingKey k = FindingKey.attribution(PAGE, "wire_credit", AGENCY, "Reporting by Nordwire", BODY, start,
                start + 21);
        assertThat(k.context()).isEqualTo("northern route. the ferry left at dawn. … staff in tromsø. more to follow.");
        assertThat(FindingKey.attribution(PAGE, "canonical_cross_domain", AGENCY, "<link>", BODY, null, null).context())
                .isEmpty();
    }

    @Test
    void anotherKindTargetOrArticleIsAnotherFinding() {
        FindingKey k = FindingKey.attribution(PAGE, "wire_credit", AGENCY, "Nordwire", null, null, null);
        assertThat(FindingKey.attribution(PAGE, "dateline", AGENCY, "Nordwire", null, null, null).hash())
                .isNotEqualTo(k.hash());
        assertThat(FindingKey.attribution(PAGE, "wire_credit", FindingKey.target(null, null, "Nordwire"), "Nordwire",
                null, null, null).hash()).isNotEqualTo(k.hash());
        assertThat(FindingKey.attribution(FindingKey.article(null, "ab12"), "wire_credit", AGENCY, "Nordwire", null,
                null, null).hash()).isNotEqualTo(k.hash());
    }

    @Test
    void articlesWithoutUrlAreNamedByContentAndTargetsByKeyDomainOrName() {
        assertThat(FindingKey.article(null, "ab12")).isEqualTo("text:ab12");
        // the same text stored again without URL (another outlet, title or date) is another article, named apart
        assertThat(FindingKey.article(null, "ab12", 7, 7)).isEqualTo("text:ab12");
        assertThat(FindingKey.article(null, "ab12", 9, 7)).isEqualTo("text:ab12#9");
        assertThat(FindingKey.article("https://a.example/x", "ab12", 9, 7)).isEqualTo("url:https://a.example/x");
        assertThat(FindingKey.article("https://a.example/x", "ab12")).isEqualTo("url:https://a.example/x");
        assertThat(FindingKey.target("AFP", "afp.com", "AFP")).isEqualTo("outlet:afp");
        assertThat(FindingKey.target(null, "Quay.example", "Quay")).isEqualTo("domain:quay.example");
        assertThat(FindingKey.target(null, null, "  The  Quay ")).isEqualTo("name:the quay");
    }

    @Test
    void aReuseMatchIsThePairInEitherOrderWithItsClass() {
        String a = FindingKey.article("https://a.example/1", null);
        String b = FindingKey.article("https://b.example/2", null);
        assertThat(FindingKey.reuse(a, b, "rewrite")).isEqualTo(FindingKey.reuse(b, a, "rewrite"));
        assertThat(FindingKey.reuse(a, b, "rewrite")).isNotEqualTo(FindingKey.reuse(a, b, "duplicate"));
    }

    @Test
    void aHopIsItsEdgeInItsDirection() {
        String a = FindingKey.article("https://a.example/1", null);
        assertThat(FindingKey.hop(a, "outlet:afp")).isEqualTo(FindingKey.hop(a, "outlet:afp"));
        assertThat(FindingKey.hop(a, "outlet:afp")).isNotEqualTo(FindingKey.hop("outlet:afp", a));
        assertThat(FindingKey.hop(a, "outlet:afp").type()).isEqualTo(FindingType.HOP);
    }
}
