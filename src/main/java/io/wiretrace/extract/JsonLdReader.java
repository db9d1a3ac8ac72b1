package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the page's article object in its JSON-LD blocks ({@code @graph}, arrays, nested {@code mainEntity},
 * {@code @id} references) and reads its provenance facts. Malformed JSON yields what could be read. Stateless.
 */
final class JsonLdReader {

    /** What the JSON-LD says; {@code personAuthors} excludes authors typed as organisations. */
    record Result(JsonLdFacts facts, List<String> personAuthors, String description, String language,
            List<MarkupSignal> signals) {
        static final Result NONE = new Result(JsonLdFacts.EMPTY, List.of(), null, null, List.of());
    }

    private static final Set<String> NEWS_TYPES = Set.of("NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
            "AskPublicNewsArticle");
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "BlogPosting", "LiveBlogPosting",
            "SocialMediaPosting", "ScholarlyArticle", "TechArticle", "Report", "SatiricalArticle", "Posting");

    private JsonLdReader() {
    }

    static Result read(PageIndex page) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Element script : page.jsonLdScripts) {
            for (Object root : TolerantJson.parseAll(script.data())) {
                collect(root, objects, 0);
            }
        }
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> o : objects) {
            if (o.get("@id") instanceof String id && o.size() > 1) {
                byId.putIfAbsent(id, o);
            }
        }
        Map<String, Object> article = pick(objects);
        if (article == null) {
            return Result.NONE;
        }
        return build(article, new JsonLdValues(byId));
    }

    private static void collect(Object node, List<Map<String, Object>> out, int depth) {
        if (depth > 12) {
            return;
        }
        if (node instanceof List<?> list) {
            for (Object o : list) {
                collect(o, out, depth + 1);
            }
        } else if (node instanceof Map<?, ?> raw) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) raw;
            out.add(map);
            for (Map.Entry<String, Object> e : map.entrySet()) {
                if (e.getValue() instanceof Map || e.getValue() instanceof List) {
                    collect(e.getValue(), out, depth + 1);
                }
            }
        }
    }

    /** The first news-typed object, else the first article-typed one. */
    private static Map<String, Object> pick(List<Map<String, Object>> objects) {
        Map<String, Object> article = null;
        for (Map<String, Object> o : objects) {
            for (String t : JsonLdValues.types(o)) {
                if (NEWS_TYPES.contains(t)) {
                    return o;
                }
                if (article == null && ARTICLE_TYPES.contains(t)) {
                    article = o;
                }
            }
        }
        return article;
    }

    private static Result build(Map<String, Object> a, JsonLdValues v) {
        List<String> types = JsonLdValues.types(a);
        Map<String, Object> publisher = v.firstObject(a.get("publisher"));
        String publisherName = publisher != null ? v.name(publisher) : v.text(a.get("publisher"));
        String publisherUrl = publisher != null ? v.text(publisher.get("url")) : null;
        List<String> authors = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        for (Object author : v.items(a.get("author"))) {
            Map<String, Object> obj = v.resolve(author);
            String name = obj != null ? v.name(obj) : v.text(author);
            if (name == null || name.isBlank() || name.startsWith("http")) {
                continue;
            }
            authors.add(name);
            boolean org = obj != null && JsonLdValues.types(obj).stream().anyMatch(t -> t.contains("Organization"));
            if (!org) {
                persons.add(name);
            }
        }
        List<MarkupSignal> signals = new ArrayList<>();
        List<String> sourceOrgs = namesWithSignals("sourceOrganization", a, v, signals, false);
        List<String> basedOn = namesWithSignals("isBasedOn", a, v, signals, true);
        List<String> holder = namesWithSignals("copyrightHolder", a, v, signals, false);
        // who supplied or made the work, when an organisation: kept as signals only, read by the attribution rules
        // when they name an agency (a creator is mostly a person, written as a bare name: not kept)
        organisationSignals("provider", a, v, signals, true);
        organisationSignals("creator", a, v, signals, false);
        JsonLdFacts facts = new JsonLdFacts(types.isEmpty() ? null : types.get(0),
                v.text(a.get("headline")), publisherName, publisherUrl, authors, sourceOrgs, basedOn,
                holder.isEmpty() ? null : holder.get(0), v.text(a.get("dateline")),
                v.text(a.get("datePublished")), v.text(a.get("dateModified")));
        return new Result(facts, new ArrayList<>(new LinkedHashSet<>(persons)), v.text(a.get("description")),
                v.text(a.get("inLanguage")), signals);
    }

    /**
     * Records a signal for each organisation a property names: an object typed as an organisation, or (when
     * {@code bareNames}) a bare name or an untyped object; persons are left out.
     */
    private static void organisationSignals(String property, Map<String, Object> a, JsonLdValues v,
            List<MarkupSignal> signals, boolean bareNames) {
        for (Object item : v.items(a.get(property))) {
            Map<String, Object> obj = v.resolve(item);
            List<String> types = obj == null ? List.of() : JsonLdValues.types(obj);
            boolean organisation = types.stream().anyMatch(t -> t.contains("Organization"))
                    || obj != null && types.isEmpty() && bareNames;
            String name = obj != null ? v.name(obj) : bareNames ? v.text(item) : null;
            if (name != null && !name.isBlank() && (organisation || obj == null)) {
                signals.add(new MarkupSignal(MarkupSignal.Source.JSONLD, property, name, "\"" + property + "\": "
                        + (obj != null ? JsonLdValues.abridged(obj) : "\"" + name + "\"")));
            }
        }
    }

    /** Reads a property holding names or URLs, recording one markup signal per value. */
    private static List<String> namesWithSignals(String property, Map<String, Object> a, JsonLdValues v,
            List<MarkupSignal> signals, boolean preferUrl) {
        List<String> values = new ArrayList<>();
        for (Object item : v.items(a.get(property))) {
            Map<String, Object> obj = v.resolve(item);
            String value;
            String evidence;
            if (obj != null) {
                String url = v.text(obj.get("url"));
                if (url == null && obj.get("@id") instanceof String id && id.startsWith("http")) {
                    url = id;
                }
                String name = v.name(obj);
                value = preferUrl ? (url != null ? url : name) : (name != null ? name : url);
                evidence = "\"" + property + "\": " + JsonLdValues.abridged(obj);
            } else {
                value = v.text(item);
                evidence = "\"" + property + "\": \"" + value + "\"";
            }
            if (value != null && !value.isBlank() && !values.contains(value)) {
                values.add(value);
                signals.add(new MarkupSignal(MarkupSignal.Source.JSONLD, property, value, evidence));
            }
        }
        return values;
    }
}
