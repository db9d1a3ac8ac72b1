package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A page of about 1 MB (built here) extracts without error and without quadratic blow-up. */
class LargePageTest {

    @Test
    void oneMegabytePageExtracts() {
        StringBuilder html = new StringBuilder("<html><head><title>Long report - Example Times</title></head><body>");
        html.append("<nav>").append("<a href=\"/s\">Section</a> ".repeat(200)).append("</nav><div class=\"article\">");
        int i = 0;
        while (html.length() < 1_000_000) {
            html.append("<div class=\"block\"><p>Paragraph ").append(i++).append(" of the long report describes, ")
                    .append("in some detail, how the harbour, the market and the old mill changed over the years, ")
                    .append("with <a href=\"/ref/").append(i).append("\">a reference</a> and a closing remark.</p>")
                    .append("<aside class=\"sidebar\"><a href=\"/x\">Most read</a></aside></div>");
        }
        html.append("</div></body></html>");

        long start = System.nanoTime();
        ExtractedArticle a = new JsoupArticleExtractor().fromHtml(html.toString(), "https://example.com/report");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(a.bodyText()).startsWith("Paragraph 0 of the long report").contains("Paragraph " + (i - 1) + " of")
                .doesNotContain("Most read", "Section");
        assertThat(a.links()).hasSize(i);
        assertThat(took).isLessThan(Duration.ofSeconds(20)); // generous: shared CI cores; quadratic would be minutes
    }
}
