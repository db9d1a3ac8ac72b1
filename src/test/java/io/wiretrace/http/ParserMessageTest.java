package io.wiretrace.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What a client is told about JSON that does not parse: the parser's reason and where, none of its internals. */
class ParserMessageTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anUnclosedObjectSaysSoAndWhereWithoutTheParsersInternals() {
        String message = JsonProblems.parserMessage(failure("{\"text\":\"x\""));
        assertThat(message).startsWith("Unexpected end-of-input").contains("(line 1, column")
                .doesNotContain("Source").doesNotContain("REDACTED").doesNotContain("StreamReadFeature")
                .doesNotContain("start marker");
    }

    @Test
    void aBadTokenIsNamedWithItsLine() {
        String message = JsonProblems.parserMessage(failure("{\n\"text\": nope}"));
        assertThat(message).contains("Unrecognized token 'nope'").contains("(line 2, column")
                .doesNotContain("Source").doesNotContain("Feature");
    }

    private JsonProcessingException failure(String body) {
        return catchThrowableOfType(() -> json.readTree(body), JsonProcessingException.class);
    }
}
