package io.wiretrace.attribution;

import io.wiretrace.extract.DataFile;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Reads a data file of "language TAB name TAB registry key" lines into a map from the (folded) name to its key. */
final class NameKeys {

    private NameKeys() {
    }

    static Map<String, String> load(String resource, UnaryOperator<String> fold) {
        Map<String, String> names = new HashMap<>();
        for (String line : DataFile.lines(resource)) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException(resource + ": expected language, name, key in: " + line);
            }
            names.put(fold.apply(cols[1].strip()), cols[2].strip());
        }
        return Map.copyOf(names);
    }
}
