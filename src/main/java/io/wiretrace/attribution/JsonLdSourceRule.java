package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.MarkupSignal;
import io.wiretrace.outlet.Domains;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JSON-LD {@code isBasedOn} (a URL or name of the work this one is based on) and {@code sourceOrganization} naming
 * another outlet. Internal references ("#Publisher"), the page's own outlet, and URLs of data sets, files, photos,
 * videos and code (what a chart or picture is based on) are not credits.
 */
final class JsonLdSourceRule implements Rule {

    static final String ID = "jsonld.based-on";

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        List<MarkupSignal> signals = view.article().markup().stream()
                .filter(s -> s.source() == MarkupSignal.Source.JSONLD && s.value() != null)
                .filter(s -> "isBasedOn".equalsIgnoreCase(s.name()) || "sourceOrganization".equalsIgnoreCase(s.name()))
                .toList();
        for (MarkupSignal s : signals) {
            add(view, s.name(), s.value(), s.evidence(), found);
        }
        if (signals.isEmpty()) {
            for (String value : view.article().jsonLd().isBasedOn()) {
                add(view, "isBasedOn", value, "\"isBasedOn\":\"" + value + "\"", found);
            }
            for (String value : view.article().jsonLd().sourceOrganizations()) {
                add(view, "sourceOrganization", value, "\"sourceOrganization\":\"" + value + "\"", found);
            }
        }
        organisations(view, found);
        suppliers(view, found);
        return found;
    }

    /**
     * {@code provider} or {@code creator} naming a wire agency ("provider": {"@type": "Organization", "name":
     * "Reuters"}, as aggregators mark the agency whose story they host): a wire credit, as an agency {@code author}
     * is. Persons and other organisations are not read; the page's publisher and the agency's own sites are dropped.
     */
    private static void suppliers(ArticleView view, List<Attribution> found) {
        String publisher = view.article().jsonLd().publisherName();
        for (MarkupSignal s : view.article().markup()) {
            if (s.source() != MarkupSignal.Source.JSONLD || s.value() == null
                    || !"provider".equals(s.name()) && !"creator".equals(s.name())) {
                continue;
            }
            String name = s.value().strip();
            if (name.isEmpty() || name.equalsIgnoreCase(publisher)) {
                continue;
            }
            view.targets().agency(name)
                    .filter(t -> view.resolver().byKey(t.key())
                            .map(o -> !MediaGroups.BUNDLED.publishes(o, view.ownDomain())).orElse(true))
                    .ifPresent(t -> found.add(Findings.outside(s.evidence() == null ? name : s.evidence(),
                            Findings.JSONLD, AttributionKind.WIRE_CREDIT, t, 0.75, ID,
                            "The page's JSON-LD " + s.name() + " names the agency " + t.name() + ".")));
        }
    }

    /**
     * {@code copyrightHolder} naming a wire agency: the agency owns the copy. The page's own outlet and its publisher
     * are dropped as self-references; a parent company or media group is not an agency, so it is never reported. Less
     * direct than {@code isBasedOn}: 0.75. (An agency {@code author} is read with the byline, as a wire credit.)
     */
    private static void organisations(ArticleView view, List<Attribution> found) {
        var ld = view.article().jsonLd();
        List<String[]> named = new ArrayList<>();
        if (ld.copyrightHolder() != null) {
            named.add(new String[] {"copyrightHolder", ld.copyrightHolder()});
        }
        for (String[] n : named) {
            String name = n[1].strip();
            if (name.isEmpty() || name.equalsIgnoreCase(ld.publisherName())) {
                continue;
            }
            view.targets().agency(name).ifPresent(t -> found.add(Findings.outside(
                    "\"" + n[0] + "\": \"" + name + "\"", Findings.JSONLD, AttributionKind.JSONLD_ISBASEDON, t, 0.75,
                    ID, "The page's JSON-LD " + n[0] + " names the agency " + t.name() + ".")));
        }
    }

    /** Files, images and hosts of data, code, video and stock photos: a chart or photo is based on them, not the text. */
    private static final Pattern FILE = Pattern.compile(
            "(?i).*\\.(?:csv|tsv|json|xml|xlsx?|ods|pdf|zip|jpe?g|png|gif|webp|svg|mp4|mp3)(?:[?#].*)?$");
    private static final Pattern MEDIA_HOST = Pattern.compile("(?i)(?:data|img|images?|static|media|cdn|assets)\\..*");
    private static final Pattern MEDIA_PATH = Pattern.compile("(?i)/(?:datasets?|photos?|images?|videos?|graphics)/");
    private static final Set<String> NOT_PUBLISHERS = Set.of("doi.org", "github.com", "gitlab.com", "youtube.com",
            "youtu.be", "vimeo.com", "flickr.com", "gettyimages.com", "shutterstock.com", "istockphoto.com",
            "unsplash.com", "wikimedia.org", "wikipedia.org", "zenodo.org", "figshare.com", "kaggle.com", "data.world",
            "datawrapper.de", "flourish.studio", "google.com");

    static boolean isNotAWork(String url) {
        String host = Domains.host(url);
        String domain = Domains.registrableDomain(url);
        return FILE.matcher(url).matches() || (host != null && MEDIA_HOST.matcher(host).matches())
                || MEDIA_PATH.matcher(url).find() || (domain != null && NOT_PUBLISHERS.contains(domain));
    }

    private static void add(ArticleView view, String property, String value, String evidence, List<Attribution> found) {
        String v = value.strip();
        if (v.isEmpty() || v.startsWith("#") || v.contains("/#")) {
            return;
        }
        boolean url = v.matches("(?i)https?://.*|//.*");
        if (url && isNotAWork(v)) {
            return;
        }
        boolean publisherName = v.equalsIgnoreCase(view.article().jsonLd().publisherName());
        Optional<Target> target = url ? view.targets().byUrl(v, v)
                : view.targets().known(v).filter(t -> t.key() != null);
        if (publisherName || target.isEmpty()) {
            return;
        }
        boolean basedOn = "isBasedOn".equalsIgnoreCase(property);
        Target t = target.get();
        found.add(Findings.outside(evidence == null ? v : evidence, Findings.JSONLD, AttributionKind.JSONLD_ISBASEDON,
                t, basedOn ? 0.85 : 0.75, ID, "The page's JSON-LD " + property + " names " + t.name() + "."));
    }
}
