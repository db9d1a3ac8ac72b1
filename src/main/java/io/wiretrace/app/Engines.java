package io.wiretrace.app;

import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.extract.ArticleExtractor;
import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.ingest.FetchPolicy;
import io.wiretrace.ingest.HttpPageFetcher;
import io.wiretrace.ingest.PageFetcher;
import io.wiretrace.reuse.Fingerprinter;
import io.wiretrace.reuse.MiniLmSentenceEmbedder;
import io.wiretrace.reuse.PairComparer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** Builds the pure-Java engines once, from configuration. */
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

    @Produces
    @Singleton
    Fingerprinter fingerprinter() {
        return new Fingerprinter();
    }

    @Produces
    @Singleton
    PairComparer comparer(WiretraceConfig config) {
        return config.reuse().semanticModel() ? PairComparer.withSemanticModel(new MiniLmSentenceEmbedder())
                : PairComparer.lexical();
    }

    @Produces
    @Singleton
    PageFetcher fetcher(WiretraceConfig config) {
        WiretraceConfig.Fetch f = config.fetch();
        return new HttpPageFetcher(new FetchPolicy(f.connectTimeout(), f.readTimeout(), f.maxBytes(), f.maxRedirects(),
                f.allowedHosts().orElse(List.of()), f.userAgent()));
    }
}
