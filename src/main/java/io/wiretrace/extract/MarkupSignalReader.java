package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Collects provenance-relevant markup: {@code <link rel=canonical>}, {@code og:url}, {@code original-source},
 * {@code syndication-source} and {@code dc.source} metas, the JSON-LD signals and an aggregator's partner box
 * ({@link PartnerBox}). Each keeps the tag as it
 * appears (attributes abridged) as evidence. Stateless.
 */
final class MarkupSignalReader {

    /**
     * The metas that name a source, as the attribution rules read them. A bare {@code <meta name="source">} is not
     * collected: it repeats the page's visible source line, which the rules read with its evidence (the rule's bare
     * "source" reading serves texts whose markup is given, not pages).
     */
    private static final String[] SOURCE_METAS = {"original-source", "syndication-source", "dc.source",
        "dcterms.source", "original_source", "syndication_source", "citation_source", "article:source", "parsely-source"};

    private MarkupSignalReader() {
    }

    static List<MarkupSignal> read(PageIndex page, MetaTags meta, JsonLdReader.Result ld, String baseUrl) {
        List<MarkupSignal> out = new ArrayList<>();
        boolean canonicalSeen = false;
        for (Element link : page.links) {
            if (!link.hasAttr("href")) {
                continue;
            }
            String rel = link.attr("rel").trim().toLowerCase(java.util.Locale.ROOT);
            // the first canonical is the one that counts; later ones are usually template noise
            boolean canonical = rel.equals("canonical") && !canonicalSeen;
            canonicalSeen |= canonical;
            if (canonical || rel.equals("original-source") || rel.equals("syndication-source")) {
                String href = link.attr("href").trim();
                String abs = Urls.absolute(baseUrl, href);
                if (abs != null) {
                    out.add(new MarkupSignal(MarkupSignal.Source.LINK, rel, abs,
                            "<link rel=\"" + link.attr("rel").trim() + "\" href=\"" + href + "\">"));
                }
            }
        }
        addMeta(out, meta, "og:url", baseUrl);
        for (String name : SOURCE_METAS) {
            addMeta(out, meta, name, baseUrl);
        }
        out.addAll(ld.signals());
        PartnerBox.read(page.all, page.firstH1, baseUrl).ifPresent(out::add);
        return out;
    }

    private static void addMeta(List<MarkupSignal> out, MetaTags meta, String key, String baseUrl) {
        String content = meta.get(key);
        if (content == null) {
            return;
        }
        // names and bare domains stay as written; only URLs and paths are resolved
        String abs = content.startsWith("http") || content.startsWith("/") ? Urls.absolute(baseUrl, content) : null;
        out.add(new MarkupSignal(MarkupSignal.Source.META, key, abs != null ? abs : content, meta.evidence(key)));
    }
}
