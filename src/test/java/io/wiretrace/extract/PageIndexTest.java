package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageIndexTest {

    private static final String PAGE = "<html><head><title>T</title></head><body><div id=a><p>One <b>two</b> three</p>"
            + "<!-- note --><p id=b>Four<br>five</p></div><div id=c>text<span></span></div><p>last</p></body></html>";

    @Test
    void listsEveryElementInDocumentOrderAsJsoupDoes() {
        Document doc = Jsoup.parse(PAGE);
        assertThat(new PageIndex(doc).all).containsExactlyElementsOf(doc.getAllElements());
        Element div = doc.getElementById("a");
        assertThat(PageIndex.elements(div)).containsExactlyElementsOf(div.getAllElements());
        Element empty = doc.selectFirst("span");
        assertThat(PageIndex.elements(empty)).containsExactly(empty);
    }

    @Test
    void findsTheEndOfAnElementsSubtree() {
        Document doc = Jsoup.parse(PAGE);
        PageIndex page = new PageIndex(doc);
        for (int i = 0; i < page.all.size(); i++) {
            Element e = page.all.get(i);
            assertThat(page.subtreeEnd(i)).as(e.tagName()).isEqualTo(i + e.getAllElements().size());
            assertThat(page.subtree(e)).containsExactlyElementsOf(e.getAllElements());
        }
    }

    @Test
    void walksDeeplyNestedPagesWithoutRecursion() {
        String deep = "<div>".repeat(20_000) + "x" + "</div>".repeat(20_000);
        Document doc = Jsoup.parse(deep);
        assertThat(new PageIndex(doc).all).hasSize(doc.getAllElements().size());
    }
}
