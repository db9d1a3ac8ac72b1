package io.wiretrace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wiretrace.article.InvalidInput;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void absentOrBlankIsTheDefault() {
        assertEquals(20, QueryParams.integer("size", null, 20, 1, 200));
        assertEquals(20, QueryParams.integer("size", "  ", 20, 1, 200));
        assertEquals(null, QueryParams.flag("alert", "", null));
    }

    @Test
    void readsNumbersInRange() {
        assertEquals(7, QueryParams.integer("page", " 7 ", 0, 0, 10));
        assertEquals(9_000_000_000L, QueryParams.number("id", "9000000000", 1, 1, Long.MAX_VALUE));
        assertEquals(true, QueryParams.flag("paused", "true", null));
    }

    @Test
    void anythingElseNamesTheParameter() {
        for (String bad : new String[] {"-1", "11", "2147483648", "1e3", "x", "99999999999999999999"}) {
            InvalidInput e = assertThrows(InvalidInput.class, () -> QueryParams.integer("page", bad, 0, 0, 10));
            assertEquals("page", e.field());
            assertTrue(e.getMessage().contains("page '" + bad + "' must be a whole number from 0 to 10"), e.getMessage());
        }
        InvalidInput e = assertThrows(InvalidInput.class, () -> QueryParams.flag("alert", "yes", null));
        assertTrue(e.getMessage().contains("alert 'yes' must be true or false"), e.getMessage());
    }
}
