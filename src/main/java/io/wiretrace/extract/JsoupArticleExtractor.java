package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@link ArticleExtractor} built on Jsoup: one parse per page, then metadata, JSON-LD, markup signals and a
 * Readability-style body extraction that keeps short credit lines (sign-offs, source and republication notices).
 * Immutable and thread-safe: it holds no state.
 */
public final class JsoupArticleExtractor implements ArticleExtractor {

    public JsoupArticleExtractor() {
        // stateless: every call works on its own parsed document
    }

    @Override
    public ExtractedArticle fromHtml(String html, String pageUrl) {
        if (html == null || html.isBlank()) {
            throw new NoArticleFound("the page is empty");
        }
        Document doc = Jsoup.parse(UnclosedTitle.repair(html), pageUrl == null ? "" : pageUrl);
        PageIndex page = new PageIndex(doc);
        MetaTags meta = new MetaTags(page);
        JsonLdReader.Result ld = JsonLdReader.read(page);
        HintCache hints = new HintCache();
        Element byline = doc.body() == null ? null : BylineReader.findElement(page, doc.body(), hints);
        MetadataReader.Metadata m = MetadataReader.read(page, meta, ld, byline, pageUrl);
        String base = pageUrl != null ? pageUrl : m.canonicalUrl();
        BodyExtractor.Result extracted = BodyExtractor.extract(doc, byline, m.title(), base, hints);
        BodyWriter.Body body = extracted.body();
        if (body.text().isBlank()) {
            throw new NoArticleFound("no body text in page " + (pageUrl == null ? "(no URL)" : pageUrl));
        }
        List<MarkupSignal> markup = new ArrayList<>(MarkupSignalReader.read(page, meta, ld, base));
        if (extracted.last() != null) {
            int tail = TrailingCopyright.start(page, extracted.last()); // where the story's tail starts: found once
            markup.addAll(TrailingCopyright.after(page, tail));
            markup.addAll(TrailingLines.after(page, tail, body.text()));
            PartnerBox.after(page, tail, base).ifPresent(markup::add);
        }
        markup.addAll(HeaderLines.between(page.all, m.title(), body.text()));
        markup.addAll(TrailingCopyright.elements(page));
        // a page that states no language gets the one its words show, for search to stem them
        String language = m.language() != null ? m.language() : LanguageGuess.of(body.text()).orElse(null);
        return new ExtractedArticle(m.title(), m.authors(), m.byline(), m.publishedAt(), m.modifiedAt(), language,
                m.description(), m.siteName(), m.siteDomain(), m.canonicalUrl(), body.text(), ld.facts(), markup,
                body.links(), page.firstH1 == null ? null : TitleCleaner.shown(page.firstH1.text()));
    }

    @Override
    public ExtractedArticle fromText(String text, TextHints hints) {
        return TextArticleParser.parse(text, hints);
    }
}
