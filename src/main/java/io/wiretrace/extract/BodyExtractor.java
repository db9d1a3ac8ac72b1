package io.wiretrace.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body in a parsed page: scan, score, write. When the first attempt yields under
 * {@value #MIN_TEXT} characters it retries with the optional cleaning steps relaxed one by one (as Readability
 * does) and keeps the longest result. The document is never modified. Stateless.
 */
final class BodyExtractor {

    static final int MIN_TEXT = 500;
    private static final List<DomScan.Flags> ATTEMPTS = List.of(DomScan.Flags.ALL,
            new DomScan.Flags(false, true, true), new DomScan.Flags(false, false, true),
            new DomScan.Flags(false, false, false));

    private BodyExtractor() {
    }

    /** The body, and the article's last element (null when the whole page body is the article, or there is none). */
    record Result(BodyWriter.Body body, Element last) {
    }

    /** The body text and links (the text is empty when the page holds none) and the article's last element. */
    static Result extract(Document doc, Element byline, String title, String baseUrl, HintCache hints) {
        Element body = doc.body();
        BodyWriter.Body best = new BodyWriter.Body("", List.of());
        Element last = null;
        if (body == null) {
            return new Result(best, null);
        }
        for (DomScan.Flags flags : ATTEMPTS) {
            DomScan scan = DomScan.of(body, byline, flags, hints);
            List<Element> roots = ContentScorer.select(body, scan, flags);
            if (roots.isEmpty()) {
                // nothing scored: a short page is its own article, unless it is only links (menus, link lists)
                NodeStats bs = scan.get(body);
                if (bs == null || bs.linkDensity() >= 0.5) {
                    continue;
                }
                roots = List.of(body);
            }
            BodyWriter.Body result = new BodyWriter(scan, flags, title, baseUrl).write(roots);
            if (result.text().length() > best.text().length()) {
                best = result;
                last = roots.get(roots.size() - 1);
            }
            if (best.text().length() >= MIN_TEXT) {
                break;
            }
        }
        return new Result(best, last == body ? null : last);
    }
}
