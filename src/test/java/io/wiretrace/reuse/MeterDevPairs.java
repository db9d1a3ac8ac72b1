package io.wiretrace.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wiretrace.support.SharedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The METER development pairs ({@code ../shared/corpus/reuse-dev/meter-showbiz.jsonl}, read in place) or any file in
 * their format (the team's court pairs), with a store of
 * their texts: every distinct text counted once per sentence key, as the service's store counts stored articles, so
 * the formulas of a pair are learned from the dev texts as they would be from ingested ones.
 */
final class MeterDevPairs {

    /** One labelled pair: the PA copy (earlier) and the newspaper story (later). */
    record Pair(String id, String label, String source, String derived) {

        DependenceLevel expected() {
            return switch (label) {
                case "wholly_derived" -> DependenceLevel.WHOLLY_DERIVED;
                case "partially_derived" -> DependenceLevel.PARTIALLY_DERIVED;
                default -> DependenceLevel.INDEPENDENT;
            };
        }
    }

    final List<Pair> pairs;
    private final Map<Long, Integer> sentenceCounts = new HashMap<>();

    MeterDevPairs() {
        this(SharedCorpus.read("reuse-dev/meter-showbiz.jsonl"));
    }

    /** Pairs in the METER file's format (a line without a {@code label} is a note and is skipped). */
    MeterDevPairs(String jsonl) {
        ObjectMapper json = new ObjectMapper();
        List<Pair> out = new ArrayList<>();
        Set<String> texts = new LinkedHashSet<>();
        try {
            for (String line : jsonl.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                if (!n.has("label")) {
                    continue;
                }
                Pair p = new Pair(n.get("id").asText(), n.get("label").asText(), n.get("source_text").asText(),
                        n.get("derived_text").asText());
                out.add(p);
                texts.add(p.source());
                texts.add(p.derived());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pairs = List.copyOf(out);
        SentenceKeys keys = new SentenceKeys();
        for (String text : texts) { // distinct texts: the store keeps one article per content
            for (long k : keys.keys(text)) {
                sentenceCounts.merge(k, 1, Integer::sum);
            }
        }
    }

    /** Stored article count of each sentence key over the distinct dev texts. */
    Map<Long, Integer> sentenceCounts() {
        return sentenceCounts;
    }

    /** A pair's texts with their formulas blanked, as the measurer takes them. */
    record Blanked(String later, String earlier) {
    }

    Blanked blanked(Pair p) {
        Formulas f = formulas(p);
        return new Blanked(f.blank(p.derived()), f.blank(p.source()));
    }

    /** The formulas the store of dev texts has learned for one pair. */
    Formulas formulas(Pair p) {
        return Formulas.learn(sentenceCounts, p.source(), p.derived());
    }
}
