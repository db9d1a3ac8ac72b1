package io.wiretrace.event;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * Writes events as an Atom 1.0 feed (with Rome): one entry per event, its summary as the title, its evidence as the
 * text, linked to the event's page. Stateless and thread-safe.
 */
public final class AtomEvents {

    /**
     * @param title   the feed's title
     * @param selfUrl the feed's own absolute URL (also its id)
     * @param pageUrl the absolute URL of the page listing these events
     * @param linkOf  the absolute URL of one event (its evidence)
     */
    public String write(List<Event> events, String title, String selfUrl, String pageUrl, Function<Event, String> linkOf) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(selfUrl);
        feed.setLink(pageUrl);
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(selfUrl);
        self.setType("application/atom+xml");
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(pageUrl);
        alternate.setType("text/html");
        feed.setLinks(List.of(alternate, self));
        feed.setDescription(title);
        Instant updated = events.isEmpty() ? Instant.now() : events.get(0).createdAt(); // empty: as of now
        feed.setPublishedDate(Date.from(updated));
        List<SyndEntry> entries = new ArrayList<>();
        for (Event e : events) {
            entries.add(entry(e, linkOf.apply(e)));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException ex) {
            throw new IllegalStateException("cannot write the Atom feed: " + ex.getMessage(), ex);
        }
    }

    private static SyndEntry entry(Event e, String link) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:wiretrace:event:" + e.id());
        entry.setTitle(e.type().code() + ": " + e.summary());
        entry.setLink(link);
        entry.setPublishedDate(Date.from(e.createdAt()));
        entry.setUpdatedDate(Date.from(e.createdAt()));
        entry.setAuthor("Wiretrace");
        SyndCategoryImpl category = new SyndCategoryImpl();
        category.setName(e.type().code());
        entry.setCategories(List.of(category));
        SyndContent text = new SyndContentImpl();
        text.setType("text/plain");
        text.setValue(describe(e));
        entry.setDescription(text);
        return entry;
    }

    /** The summary, the confidence and each piece of evidence on its own line. */
    static String describe(Event e) {
        StringBuilder out = new StringBuilder(e.summary()).append("\nconfidence ")
                .append(String.format(java.util.Locale.ROOT, "%.2f", e.confidence()));
        for (EventEvidence ev : e.evidence()) {
            out.append("\n").append(ev.role()).append(": \"").append(ev.text()).append('"');
            if (ev.articleId() != null) {
                out.append(" (article ").append(ev.articleId());
                if (ev.start() != null) {
                    out.append(", ").append(ev.start()).append('-').append(ev.end());
                }
                out.append(')');
            }
        }
        return out.toString();
    }
}
