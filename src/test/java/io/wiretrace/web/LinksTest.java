package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void nodesLinkToTheirPages() {
        assertThat(Links.ofNode("article:12", "https://x.com/a")).isEqualTo("/articles/12");
        assertThat(Links.ofNode("outlet:afp", null)).isEqualTo("/outlets/afp");
        assertThat(Links.ofNode("placeholder:url:https://x.com/a", "https://x.com/a")).isEqualTo("https://x.com/a");
        assertThat(Links.ofNode("placeholder:afp@article:3", null)).isNull();
    }

    @Test
    void onlyHttpAddressesBecomeLinks() {
        assertThat(Links.external("javascript:alert(1)")).isNull();
        assertThat(Links.external("data:text/html,x")).isNull();
        assertThat(Links.external("HTTPS://e.com/x")).isEqualTo("HTTPS://e.com/x");
        assertThat(Links.outlet("a b/c")).isEqualTo("/outlets/a%20b%2Fc");
    }
}
