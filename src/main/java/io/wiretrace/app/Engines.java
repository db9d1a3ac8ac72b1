package io.wiretrace.app;

import io.wiretrace.account.Passwords;
import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.extract.ArticleExtractor;
import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.ingest.FetchPolicy;
import io.wiretrace.ingest.HttpPageFetcher;
import io.wiretrace.ingest.PageFetcher;
import io.wiretrace.reuse.CandidatePolicy;
import io.wiretrace.reuse.Fingerprinter;
import io.wiretrace.reuse.CachingSentenceEmbedder;
import io.wiretrace.embedding.MiniLmSentenceEmbedder;
import io.wiretrace.reuse.AnchorExtractor;
import io.wiretrace.reuse.FingerprintParameters;
import io.wiretrace.reuse.LexicalSentenceEmbedder;
import io.wiretrace.reuse.PairComparer;
import io.wiretrace.reuse.ReuseThresholds;
import io.wiretrace.reuse.SentenceAligner;
import io.wiretrace.reuse.SentenceEmbedder;
import io.wiretrace.reuse.TextNormalizer;
import io.wiretrace.review.ContentFarmSignals;
import io.wiretrace.review.RewriteReviewer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** Builds the pure-Java engines (and password hashing) once, from configuration. */
public class Engines {

    @Produces
    @Singleton
    ArticleExtractor extractor() {
        return new JsoupArticleExtractor();
    }

    @Produces
    @Singleton
    AttributionDetector detector(OutletDirectory outlets) {
        return new AttributionDetector(outlets);
    }

    /** Password hashing at the configured bcrypt cost, for sign-in, accounts and the first admin. */
    @Produces
    @Singleton
    Passwords passwords(WiretraceConfig config) {
        return new Passwords(config.auth().bcryptCost());
    }

    @Produces
    @Singleton
    Fingerprinter fingerprinter() {
        return new Fingerprinter();
    }

    /**
     * The in-process sentence model, loaded once; null when disabled. Vectors of the last {@value #CACHED_SENTENCES}
     * sentences are kept (about 2 KB each), so an article compared with several candidates, or reviewed again, is
     * embedded once.
     */
    @Produces
    @Singleton
    SentenceModel sentenceModel(WiretraceConfig config) {
        return new SentenceModel(config.reuse().semanticModel()
                ? new CachingSentenceEmbedder(new MiniLmSentenceEmbedder(), CACHED_SENTENCES) : null);
    }

    static final int CACHED_SENTENCES = 20_000;

    /** The configured reuse thresholds, shared by matching and the rewrite review. */
    @Produces
    @Singleton
    ReuseThresholds thresholds(WiretraceConfig config) {
        WiretraceConfig.Thresholds t = config.reuse().thresholds();
        return new ReuseThresholds(t.duplicateMinContainment(), t.substantialMinContainment(),
                t.partialMinPassageWords(), t.passageMinWords(), t.passageMaxGap(), t.minPairLexical(),
                t.minPairSemantic(), t.rewriteMinPairs(), t.rewriteMinCoverage(), t.sameStoryMinAnchors());
    }

    /** The configured candidate policy; at most {@code max-verified} candidates are verified per article. */
    @Produces
    @Singleton
    CandidatePolicy candidatePolicy(WiretraceConfig config) {
        WiretraceConfig.Candidates c = config.reuse().candidates();
        return new CandidatePolicy(c.minBandHits(), c.minPartialHits(), c.minAnchorHits(), c.maxPostings(),
                config.reuse().maxVerified());
    }

    @Produces
    @Singleton
    PairComparer comparer(SentenceModel model, ReuseThresholds thresholds) {
        TextNormalizer normalizer = new TextNormalizer();
        SentenceAligner aligner = new SentenceAligner(new LexicalSentenceEmbedder(normalizer), model.embedder(),
                new AnchorExtractor(normalizer), thresholds);
        return new PairComparer(FingerprintParameters.DEFAULT, thresholds, aligner);
    }

    @Produces
    @Singleton
    RewriteReviewer reviewer(SentenceModel model, ReuseThresholds thresholds) {
        return RewriteReviewer.withSemanticModel(model.embedder(), thresholds);
    }

    @Produces
    @Singleton
    ContentFarmSignals contentFarmSignals() {
        return new ContentFarmSignals(new TextNormalizer());
    }

    /** Holder so a disabled model can be injected as "none". */
    record SentenceModel(SentenceEmbedder embedder) {
    }

    @Produces
    @Singleton
    PageFetcher fetcher(WiretraceConfig config) {
        WiretraceConfig.Fetch f = config.fetch();
        return new HttpPageFetcher(new FetchPolicy(f.connectTimeout(), f.readTimeout(), f.maxBytes(), f.maxRedirects(),
                f.allowedHosts().orElse(List.of()), f.userAgent()));
    }
}
