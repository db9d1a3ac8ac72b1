package io.wiretrace.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wiretrace.article.InvalidInput;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class NdjsonArticleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static NdjsonArticle line(String json) throws Exception {
        return NdjsonArticle.of(JSON.readTree(json));
    }

    @Test
    void readsTheFieldsOfALine() throws Exception {
        NdjsonArticle a = line("{\"url\":\"https://a.example/x\",\"text\":\"Body.\",\"outlet\":\"A\",\"title\":\"T\","
                + "\"publishedAt\":\"2019-03-13T08:00:00Z\",\"fetchedAt\":\"2019-03-13T09:00:00+01:00\"}");
        assertThat(a.missing()).isNull();
        assertThat(a.url()).isEqualTo("https://a.example/x");
        assertThat(a.html()).isNull();
        assertThat(a.text()).isEqualTo("Body.");
        assertThat(a.outlet()).isEqualTo("A");
        assertThat(a.title()).isEqualTo("T");
        assertThat(a.publishedAt()).isEqualTo("2019-03-13T08:00:00Z");
        assertThat(a.fetchedAt()).contains(OffsetDateTime.parse("2019-03-13T09:00:00+01:00"));
    }

    @Test
    void namesWhatALineLacks() throws Exception {
        assertThat(line("{\"html\":\"<p>x</p>\"}").missing()).isEqualTo("url");
        assertThat(line("{\"url\":\"https://a.example/x\",\"text\":\"  \"}").missing()).isEqualTo("html or text");
        assertThat(line("{\"url\":\"https://a.example/x\",\"html\":null}").missing()).isEqualTo("html or text");
    }

    @Test
    void aFieldOfAnotherTypeIsInvalidNotIgnored() throws Exception {
        assertThatThrownBy(() -> line("{\"url\":42,\"text\":\"x\"}")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("url must be a JSON string, not number 42");
        NdjsonArticle a = line("{\"url\":\"https://a.example/x\",\"text\":\"x\",\"publishedAt\":1552460400,"
                + "\"fetchedAt\":\"yesterday\",\"title\":[\"" + "t".repeat(60) + "\"]}");
        assertThatThrownBy(a::publishedAt).hasMessageContaining("publishedAt must be a JSON string, not number");
        assertThatThrownBy(a::fetchedAt).hasMessageContaining("not an ISO-8601 date-time with an offset");
        assertThatThrownBy(a::title).hasMessageContaining("not array").hasMessageEndingWith("…");
    }
}
