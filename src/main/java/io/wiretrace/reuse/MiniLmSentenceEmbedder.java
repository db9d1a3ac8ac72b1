package io.wiretrace.reuse;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * {@link SentenceEmbedder} backed by LangChain4j's in-process quantized all-MiniLM-L6-v2 (ONNX model and tokenizer
 * ship inside the Maven artifact; nothing is downloaded). 384 dimensions; English-trained, weaker on other languages.
 * Loading takes about a second and ~200 MB of memory: build one instance per application. Thread-safe (the ONNX
 * session is).
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {

    private final EmbeddingModel model;

    public MiniLmSentenceEmbedder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public float[][] embed(List<String> sentences) {
        if (sentences.isEmpty()) {
            return new float[0][];
        }
        List<Embedding> embeddings = model.embedAll(sentences.stream().map(TextSegment::from).toList()).content();
        float[][] out = new float[embeddings.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = SentenceEmbedder.normalize(embeddings.get(i).vector());
        }
        return out;
    }

    @Override
    public String name() {
        return "all-minilm-l6-v2-q";
    }
}
