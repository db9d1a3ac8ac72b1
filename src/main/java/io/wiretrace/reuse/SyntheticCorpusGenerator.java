package io.wiretrace.reuse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Deterministic generator of synthetic news corpora with known injected reuse, for recall and scale benchmarks.
 * Article {@code i} depends only on the seed and i (random access: a copy regenerates its source instead of keeping
 * it), so corpora of a million articles stream in constant memory. Words follow a Zipf law over a 20,000-word
 * synthetic vocabulary; sentences sometimes contain stock phrases and every outlet appends its own footer, so
 * unrelated articles share short phrases and boilerplate as real ones do. Immutable and thread-safe.
 */
public final class SyntheticCorpusGenerator {

    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private static final int OUTLETS = 100;
    private static final int SOURCE_WINDOW = 5_000;

    private final long seed;
    private final double reuseShare;
    private final SyntheticWords words;

    /**
     * @param seed the corpus seed
     * @param reuseShare share of articles (after the first) made by reusing an earlier one, split evenly between the
     *     three {@link InjectedReuse.Kind}s
     */
    public SyntheticCorpusGenerator(long seed, double reuseShare) {
        if (reuseShare < 0 || reuseShare > 1) {
            throw new IllegalArgumentException("reuseShare must be within [0, 1]: " + reuseShare);
        }
        this.seed = seed;
        this.reuseShare = reuseShare;
        this.words = new SyntheticWords(seed);
    }

    /** Articles 0 .. count-1, in publication order. */
    public Stream<SyntheticArticle> articles(int count) {
        return IntStream.range(0, count).mapToObj(this::article);
    }

    /** Article {@code index}, regenerated identically on every call. */
    public SyntheticArticle article(int index) {
        SplittableRandom rng = random(index);
        String id = "syn-" + index;
        Instant at = EPOCH.plus(Duration.ofMinutes(10L * index));
        if (index > 0 && rng.nextDouble() < reuseShare) {
            int source = index - 1 - rng.nextInt(Math.min(index, SOURCE_WINDOW));
            InjectedReuse.Kind kind = InjectedReuse.Kind.values()[rng.nextInt(3)];
            List<String> sourceBody = body(source);
            List<String> paragraphs = switch (kind) {
                case VERBATIM_COPY -> sourceBody;
                case LIGHT_EDIT -> words.lightlyEdited(sourceBody, rng);
                case PARTIAL_COPY -> partialCopy(sourceBody, ownBody(rng, 2, 4), rng);
            };
            return new SyntheticArticle(id, withFooter(paragraphs, index), at,
                    new InjectedReuse(id, "syn-" + source, kind));
        }
        return new SyntheticArticle(id, withFooter(ownBody(rng, 3, 9), index), at, null);
    }

    /** The body of article {@code index} without its footer (what a copy takes). */
    private List<String> body(int index) {
        String text = article(index).text();
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
        paragraphs.remove(paragraphs.size() - 1);
        return paragraphs;
    }

    private List<String> ownBody(SplittableRandom rng, int minParagraphs, int maxParagraphs) {
        int n = minParagraphs + rng.nextInt(maxParagraphs - minParagraphs + 1);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            out.add(words.paragraph(rng));
        }
        return out;
    }

    private static List<String> partialCopy(List<String> source, List<String> own, SplittableRandom rng) {
        int take = Math.min(source.size(), 1 + rng.nextInt(2));
        int from = rng.nextInt(source.size() - take + 1);
        List<String> out = new ArrayList<>(own);
        out.addAll(rng.nextInt(own.size() + 1), source.subList(from, from + take));
        return out;
    }

    private String withFooter(List<String> paragraphs, int index) {
        int outlet = Math.floorMod(index * 31 + 7, OUTLETS);
        return String.join("\n\n", paragraphs) + "\n\n" + words.footer(outlet);
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(Hashing.mix(seed * 0x9e3779b97f4a7c15L + index));
    }
}
