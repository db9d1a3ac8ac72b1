package io.wiretrace.reuse;

/**
 * Computes the {@link Fingerprint} of a text: normalise, shingle, MinHash and band, winnow, extract anchors.
 * Deterministic across JVMs for the same {@link FingerprintParameters}. Immutable and thread-safe; build once.
 */
public final class Fingerprinter {

    private final TextNormalizer normalizer;
    private final Shingler shingler;
    private final MinHasher minHasher;
    private final Winnower winnower;
    private final AnchorExtractor anchors;
    private final FingerprintParameters parameters;

    public Fingerprinter(FingerprintParameters parameters) {
        this.parameters = parameters;
        this.normalizer = new TextNormalizer();
        this.shingler = new Shingler(parameters.shingleSize());
        this.minHasher = new MinHasher(parameters);
        this.winnower = new Winnower(parameters.winnowWindow());
        this.anchors = new AnchorExtractor(normalizer);
    }

    /** A fingerprinter with {@link FingerprintParameters#DEFAULT}. */
    public Fingerprinter() {
        this(FingerprintParameters.DEFAULT);
    }

    public FingerprintParameters parameters() {
        return parameters;
    }

    public Fingerprint fingerprint(String text) {
        return fingerprint(normalizer.normalize(text));
    }

    /**
     * The fingerprint of a text already normalised with {@link TextNormalizer#normalize}: a caller that also needs
     * the text's {@link SentenceKeys} normalises it once for both.
     */
    public Fingerprint fingerprint(NormalizedText normalized) {
        String text = normalized.original();
        long[] shingles = shingler.shingles(normalized);
        long[] distinct = Shingler.distinctSorted(shingles);
        int[] signature = minHasher.signature(distinct);
        return new Fingerprint(signature, minHasher.bandKeys(signature, distinct.length == 0), winnower.keys(shingles),
                anchors.extract(text).keys(), normalized.size());
    }
}
