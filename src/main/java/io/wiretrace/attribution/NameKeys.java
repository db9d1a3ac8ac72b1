package io.wiretrace.attribution;

import io.wiretrace.extract.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads a data file of "language TAB name TAB registry key" lines, as rows or as a map from the (folded) name to its
 * key.
 */
final class NameKeys {

    private NameKeys() {
    }

    /** One line: the language of its name, the name as printed (stripped) and the registry key. */
    record Row(String language, String name, String key) {
    }

    static Map<String, String> load(String resource, UnaryOperator<String> fold) {
        Map<String, String> names = new HashMap<>();
        for (Row row : rows(resource)) {
            names.put(fold.apply(row.name()), row.key());
        }
        return Map.copyOf(names);
    }

    static List<Row> rows(String resource) {
        List<Row> rows = new ArrayList<>();
        for (String line : DataFile.lines(resource)) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException(resource + ": expected language, name, key in: " + line);
            }
            rows.add(new Row(cols[0].strip(), cols[1].strip(), cols[2].strip()));
        }
        return rows;
    }
}
