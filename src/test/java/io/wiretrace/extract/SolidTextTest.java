package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** More letters and digits than a limit means a text longer than it, on pages of every kind of text node. */
class SolidTextTest {

    private static final String[] PIECES = {"Word", " ", "\u00a0", "\u200b", "\u00ad", "é", "42", "\n\t", ",",
            "<b>", "</b>", "<p>", "</p>", "<br>", "<div>", "</div>", "<script>var x = 1;</script>",
            "<style>p { x: 1 }</style>", "<!-- note -->", "<pre> a  b </pre>", "<a href='/x'>", "</a>", "日本",
            "\u2003", "<img alt='Alt'>", "<![CDATA[cdata]]>", "<template><p>Tpl</p></template>"};

    @Test
    void moreLettersAndDigitsThanTheLimitMeanALongerText() {
        Random random = new Random(17);
        for (int page = 0; page < 200; page++) {
            StringBuilder html = new StringBuilder("<body><div>");
            for (int i = 0; i < 60; i++) {
                html.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Document doc = Jsoup.parse(html.append("</div></body>").toString());
            for (Element e : doc.getAllElements()) {
                String text = e.text();
                for (int max = 0; max < 40; max += 3) {
                    if (SolidText.moreThan(e, max)) {
                        assertThat(text.strip().length()).as("%s, limit %d", e.outerHtml(), max).isGreaterThan(max);
                    }
                }
            }
        }
    }

    @Test
    void countsOnlyLettersAndDigitsOfTextNodes() {
        Element e = Jsoup.parse("<div>ab <b>c, d</b><script>efghij</script> 1</div>").selectFirst("div");
        assertThat(SolidText.moreThan(e, 4)).isTrue();
        assertThat(SolidText.moreThan(e, 5)).isFalse();
    }
}
