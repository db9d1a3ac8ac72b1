package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.outlet.Domains;
import io.wiretrace.outlet.OutletNames;
import io.wiretrace.outlet.OutletResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every statement of where an article's content came from, with its evidence. Runs each {@link Rule} of
 * {@link #RULES}, then drops self-references (the page naming its own outlet or domain) and duplicates (same kind,
 * target and evidence). Immutable and thread-safe: build one and share it.
 */
public final class AttributionDetector {

    /** Version of the rules; bump it whenever a rule changes so stored results can be re-analysed. */
    public static final String VERSION = "2026.12.08-35";

    /** The rules, one per phrasing family, in reporting order. */
    static final List<Rule> RULES = List.of(
            new SyndicationNoticeRule(),
            new SourceLabelRule(),
            new ChineseReprintLineRule(),
            new RepublicationRule(),
            new DatelineRule(),
            new NewswireDatelineRule(),
            new ChineseWireLineRule(),
            new CjkWireDatelineRule(),
            new UncasedDatelineRule(),
            new AgencyAfterDateDatelineRule(),
            new BylineCreditRule(),
            new KoreanReporterBylineRule(),
            new HeaderLineRule(),
            new RunInBylineRule(),
            new BareCreditLineRule(),
            new TailLineRule(),
            new SignoffRule(),
            new CjkClosingCreditRule(),
            new BracketNameSignoffRule(),
            new OwnAndPartnerLineRule(),
            new CopyrightLineRule(),
            new AgencyMessageIdRule(),
            new MaterialCreditRule(),
            new ContributedCreditRule(),
            new TextCreditLineRule(),
            new ReportCreditRule(),
            new AgencySourcingRule(),
            new ViaRule(),
            new SourceLinkRule(),
            new ReadOriginalAtRule(),
            new CanonicalRule(),
            new MetaSourceRule(),
            new PartnerBoxRule(),
            new JsonLdSourceRule());

    private final OutletResolver resolver;

    public AttributionDetector(OutletResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** The attributions of this article, self-references and duplicates removed; never null. */
    public List<Attribution> detect(ExtractedArticle article) {
        Objects.requireNonNull(article, "article");
        ArticleView view = new ArticleView(article, resolver);
        List<Attribution> result = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Rule rule : RULES) {
            for (Attribution credit : rule.apply(view)) {
                Attribution found = CreditLinks.withLink(view, credit);
                if (isSelf(view, found.target()) && !otherEdition(view, found)
                        || SourceLabelRule.namesPublicBody(found)) {
                    continue;
                }
                List<Object> identity = List.of(found.kind(), identity(found.target()), found.evidence().text());
                if (seen.add(identity)) {
                    result.add(found);
                }
            }
        }
        return List.copyOf(result);
    }

    private static String identity(Target target) {
        return target.key() != null ? "key:" + target.key()
                : target.domain() != null ? "domain:" + target.domain() : "name:" + OutletNames.normalize(target.name());
    }

    private static final Pattern HOSTING_SUFFIX = Pattern.compile(
            "-(?:cdn|amp|static|media|mobile|m|img|images|assets|online|news)");

    /**
     * The same brand on another registrable domain: "harbourdaily.co.uk" or "harbourdaily-cdn.net" for a page on
     * harbourdaily.com, "ntv.de" for n-tv.de. Sites move between country domains and serve AMP or mobile copies from CDN domains; that is
     * not another outlet. Two domains the registry knows as two outlets (wired.com, wired.co.uk) stay distinct, and so does
     * a registry outlet's name on a domain the registry does not list for it.
     */
    static boolean sameBrand(ArticleView view, String own, String other) {
        if (other == null) {
            return false;
        }
        String ownLabel = label(own);
        String otherLabel = label(other);
        boolean sameLabel = otherLabel.replace("-", "").equals(ownLabel.replace("-", ""))
                || otherLabel.startsWith(ownLabel) && HOSTING_SUFFIX.matcher(otherLabel.substring(ownLabel.length())).matches()
                || ownLabel.startsWith(otherLabel) && HOSTING_SUFFIX.matcher(ownLabel.substring(otherLabel.length())).matches();
        // a short label is another brand on another suffix (ntv.com), but only a hyphen away on the same one (n-tv.de)
        boolean hyphenOnly = otherLabel.replace("-", "").equals(ownLabel.replace("-", ""))
                && own.substring(ownLabel.length()).equals(other.substring(otherLabel.length()));
        if (!sameLabel || Math.min(ownLabel.length(), otherLabel.length()) < 5 && !hyphenOnly) {
            return false;
        }
        var ownOutlet = view.resolver().byDomain(own);
        var otherOutlet = view.resolver().byDomain(other);
        // a registry outlet lists its domains: an unlisted page naming it is somebody else borrowing the name
        return otherOutlet.isEmpty() || ownOutlet.isPresent() && ownOutlet.get().key().equals(otherOutlet.get().key());
    }

    private static String label(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 ? domain : domain.substring(0, dot);
    }

    /**
     * A statement that the text first ran on, or is based on, the same brand's site under another country suffix
     * ("Dieser Artikel erschien im Original auf Vogue.com" on vogue.de, isBasedOn a vogue.com URL): the page says the
     * two are two publications, international editions of one title, so it is a credit. Markup that merely points at
     * the other domain (a canonical link) and registry outlets stay self-references.
     */
    private static boolean otherEdition(ArticleView view, Attribution found) {
        if (found.kind() != AttributionKind.REPUBLISHED_FROM && found.kind() != AttributionKind.JSONLD_ISBASEDON) {
            return false;
        }
        Target t = found.target();
        String own = view.ownDomain();
        String other = t.domain() != null ? Domains.registrableDomain(t.domain())
                : t.url() != null ? Domains.registrableDomain(t.url()) : null;
        if (own == null || other == null || own.equals(other) || t.key() != null) {
            return false;
        }
        return label(own).equals(label(other)) && !own.substring(label(own).length()).equals(other.substring(label(other).length()));
    }

    /** The page's own outlet, domain or site name; an unnamed feed or unnamed agencies are never the page itself. */
    static boolean isSelf(ArticleView view, Target target) {
        if (target.key() == null && (Targets.UNNAMED_FEED.equals(target.name()) || Targets.AGENCIES.equals(target.name()))) {
            return false;
        }
        if (target.key() != null && view.ownOutlet().map(o -> o.key().equals(target.key())).orElse(false)) {
            return true;
        }
        String own = view.ownDomain();
        if (own != null) {
            String targetDomain = target.domain() == null ? null : Domains.registrableDomain(target.domain());
            if (own.equals(targetDomain) || sameBrand(view, own, targetDomain)) {
                return true;
            }
            String name = OutletNames.normalize(target.name()).replace(" ", "");
            if (name.equals(own.replace(".", "")) || name.equals(label(own))) {
                return true;
            }
            if (target.mention() != null && sameTitle(target.mention(), label(own))) {
                return true; // "ABC News" in a byline on abc.net.au: the page's own newsroom, whatever the registry knows
            }
        }
        String siteName = view.article().siteName();
        String publisher = view.article().jsonLd().publisherName();
        return siteName != null && !siteName.isBlank()
                && OutletNames.normalize(siteName).equals(OutletNames.normalize(target.name()))
                || target.mention() != null && (sameTitle(target.mention(), siteName) || sameTitle(target.mention(), publisher));
    }

    /** A word that a site adds to, or drops from, its title on its domain or in its markup: "ABC News" on abc.net.au. */
    private static final Pattern GENERIC_TAIL = Pattern.compile("(?:news|online|digital|web|tv|media)$");

    /**
     * Whether a credited name is the page's own title: the same letters as the domain label or the site's name, with
     * or without a trailing generic word ("The Daily Telegraph" on dailytelegraph.com.au, "The Times" on
     * timesonline.co.uk, "ABC News" on abc.net.au).
     */
    static boolean sameTitle(String mention, String own) {
        if (own == null || own.isBlank() || Domains.looksLikeDomain(Targets.clean(mention))) {
            return false; // a domain is compared as a domain, its suffix included ("ntv.com" is not n-tv.de)
        }
        String a = OutletNames.normalize(Targets.clean(mention)).replace(" ", "");
        String b = OutletNames.normalize(own).replace(" ", "");
        if (a.length() < 2 || b.length() < 2) {
            return false;
        }
        String shortA = GENERIC_TAIL.matcher(a).replaceFirst("");
        String shortB = GENERIC_TAIL.matcher(b).replaceFirst("");
        return a.equals(b) || shortA.length() >= 2 && shortA.equals(b) || shortB.length() >= 2 && shortB.equals(a)
                || shortTitle(mention, b) || ownLabelInTitle(a, b);
    }

    /**
     * The site's domain label, without a leading "the", opens or ends the credited title: "Pittsburgh Post-Gazette" on
     * post-gazette.com, "Tacoma News Tribune" on thenewstribune.com.
     */
    private static boolean ownLabelInTitle(String title, String own) {
        String label = own.startsWith("the") && own.length() > 9 ? own.substring(3) : own;
        return label.length() >= 6 && title.length() > label.length() && (title.endsWith(label) || title.startsWith(label));
    }

    /**
     * A paper's short name of one word, as its own bylines print it ("By Jane Roe, The Sun" on baltimoresun.com, "The
     * Post" on washingtonpost.com): the word opens or ends the site's name.
     */
    private static boolean shortTitle(String mention, String own) {
        String word = OutletNames.normalize(Targets.clean(mention));
        return word.length() >= 3 && !word.contains(" ") && !own.equals(word)
                && (own.endsWith(word) || own.startsWith(word));
    }
}
