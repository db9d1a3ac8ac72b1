package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With a sentence model, the lexical-only vetoes (a formula of the page; no shared word an earlier pair did not use)
 * do not apply: a story repeats its own names in most sentences, so a paraphrase often shares only those with its
 * source, and the model, not word overlap, says whether two sentences mean the same. A stand-in model scores each
 * rewrite sentence as meaning the same as the source sentence at the same position.
 */
class SemanticAlignmentRulesTest {

    /** Unit vectors by position: the Nth sentence of either text gets axis N. */
    private static final SentenceEmbedder TAGGED = new SentenceEmbedder() {
        @Override
        public float[][] embed(List<String> sentences) {
            float[][] out = new float[sentences.size()][8];
            for (int i = 0; i < sentences.size(); i++) {
                int axis = Math.max(SOURCE.indexOf(sentences.get(i)), REWRITE.indexOf(sentences.get(i)));
                out[i][axis < 0 ? 7 : axis] = 1f;
            }
            return out;
        }

        @Override
        public String name() {
            return "tagged";
        }
    };

    private static final List<String> SOURCE = List.of(
            "The Velmar port authority raised night-shift fees for every ship on Monday.",
            "Shipping lines told the Velmar port authority that the fees would drive them away.",
            "Velmar port authority officials defended the fees in a statement late that evening.",
            "A judge refused to suspend the fees of the Velmar port authority pending a hearing.");

    private static final List<String> REWRITE = List.of(
            "Ships calling at night now pay more, the Velmar port authority decided at the start of the week.",
            "Carriers warned the Velmar port authority they could leave for other harbours.",
            "In a written reply after dark, the Velmar port authority stood by its charges.",
            "A court would not freeze the Velmar port authority charges before the case is heard.");

    @Test
    void aStorysRecurringNamesDoNotVetoPairsTheModelMakes() {
        SentenceSplitter splitter = new SentenceSplitter();
        TextNormalizer normalizer = new TextNormalizer();
        SentenceAligner aligner = new SentenceAligner(new LexicalSentenceEmbedder(normalizer), TAGGED,
                new AnchorExtractor(normalizer), ReuseThresholds.DEFAULT);
        List<Sentence> a = splitter.split(String.join(" ", REWRITE));
        List<Sentence> b = splitter.split(String.join(" ", SOURCE));
        List<SentencePair> pairs = aligner.align(a, b);
        assertThat(pairs).extracting(p -> p.a().index() + "-" + p.b().index())
                .containsExactly("0-0", "1-1", "2-2", "3-3");
    }
}
