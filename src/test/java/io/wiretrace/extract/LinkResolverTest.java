package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The resolver gives what Jsoup's absUrl followed by Urls.absolute gives, for every kind of href. */
class LinkResolverTest {

    private static final String[] HREFS = {"/world/story-1", "story-2?x=1#top", "https://other.example/a b",
            "HTTP://Upper.example/x", "javascript:void(0)", " JavaScript:alert(1)", "mailto:desk@example.org",
            "tel:+4412345", "whatsapp://send?text=x", "url:http://prefixed.example/p", "java\tscript:x",
            "x\u0001http://a.example/", "\u0001http://ctl.example/", "//cdn.example/p", "?page=2", "#comments",
            "", "   ", "ht%tp://bad", "http://[broken", "../up/one", "ftp://files.example/f", "data:text/html,x"};

    @Test
    void resolvesAsJsoupAndUrlsDo() {
        for (String base : new String[] {"https://news.example/section/page.html", "", "not a url", "https://x.example/a\u0002b"}) {
            Document doc = Jsoup.parse(anchors(), base);
            LinkResolver resolver = new LinkResolver(base.isEmpty() ? null : base);
            for (Element a : doc.select("a")) {
                String abs = a.absUrl("href");
                String expected = Urls.absolute(base.isEmpty() ? null : base, abs.isEmpty() ? a.attr("href") : abs);
                assertThat(resolver.href(a)).as("%s against %s", a.attr("href"), base).isEqualTo(expected);
            }
        }
    }

    @Test
    void httpLinksResolveAsJsoupDoes() {
        for (String base : new String[] {"https://news.example/section/page.html", "", "not a url", "mailto:desk@example.org"}) {
            Document doc = Jsoup.parse(anchors() + "<a href='httpx:odd'>x</a><a href='HTTPS2://odd'>y</a>", base);
            LinkResolver resolver = new LinkResolver(null);
            for (Element a : doc.select("a")) {
                String abs = a.absUrl("href");
                assertThat(resolver.httpAbsUrl(a)).as("%s against %s", a.attr("href"), base)
                        .isEqualTo(abs.startsWith("http") ? abs : "");
            }
        }
    }

    @Test
    void aBaseElementChangesWhatLinksResolveAgainst() {
        Document doc = Jsoup.parse("<base href='https://base.example/dir/'>" + anchors(), "https://page.example/");
        LinkResolver resolver = new LinkResolver("https://page.example/");
        Element first = doc.selectFirst("a");
        assertThat(resolver.href(first)).isEqualTo("https://base.example/world/story-1");
    }

    @Test
    void otherSchemesAreNotHttp() {
        assertThat(LinkResolver.otherScheme("javascript:void(0)")).isTrue();
        assertThat(LinkResolver.otherScheme("  mailto:a@b.c")).isTrue();
        assertThat(LinkResolver.otherScheme("https://a.example/")).isFalse();
        assertThat(LinkResolver.otherScheme("url:http://a.example/")).isFalse();
        assertThat(LinkResolver.otherScheme("/path:with-colon")).isFalse();
        assertThat(LinkResolver.otherScheme("1abc:x")).isFalse();
    }

    private static String anchors() {
        StringBuilder html = new StringBuilder("<body><p>");
        for (String h : HREFS) {
            html.append("<a href=\"").append(h).append("\">link</a> ");
        }
        return html.append("<a>no href</a></p></body>").toString();
    }
}
