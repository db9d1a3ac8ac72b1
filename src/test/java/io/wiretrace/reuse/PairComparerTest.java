package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One synthetic case per class, with lexical (deterministic) sentence alignment. */
class PairComparerTest {

    private final PairComparer comparer = PairComparer.lexical();

    @Test
    void copyWithOtherHeadlineAndFooterIsDuplicate() {
        String copy = "Strike at Valmora\nBy Staff Reporter\n" + Articles.HARBOUR + "\n© 2025 Coast Gazette. All rights reserved.";
        ReuseMatch m = compare(Articles.HARBOUR, copy);
        assertThat(m.reuseClass()).isEqualTo(ReuseClass.DUPLICATE);
        assertThat(m.containmentAInB()).isGreaterThan(0.99);
        assertThat(m.passages()).hasSize(1);
        VerbatimPassage p = m.passages().get(0);
        assertThat(Articles.HARBOUR.substring(p.aStart(), p.aEnd())).startsWith("Dock workers").endsWith("12 million euros");
        assertThat(copy.substring(p.bStart(), p.bEnd())).isEqualTo(Articles.HARBOUR.substring(p.aStart(), p.aEnd()));
    }

    @Test
    void lightlyEditedCopyIsSubstantialReuseWithPassagesBridgingTheEdits() {
        String edited = Articles.HARBOUR.replace("on Tuesday", "on Tuesday morning").replace("more than 40", "over 40")
                .replace("the largest stoppage", "the biggest stoppage").replace("Shipping agents warned", "Agents said")
                .replace("about 12 million", "roughly 12 million").replace("Local shopkeepers reported", "Shopkeepers said");
        ReuseMatch m = compare(Articles.HARBOUR, edited);
        assertThat(m.reuseClass()).isEqualTo(ReuseClass.SUBSTANTIAL_REUSE);
        assertThat(m.maxContainment()).isBetween(0.5, 0.9);
        // small edits are bridged: far fewer passages than edits would cut
        assertThat(m.passages().size()).isLessThanOrEqualTo(4);
        assertThat(m.passages().get(0).matchedTokens()).isGreaterThan(20);
    }

    @Test
    void quotedParagraphInsideAnotherTextIsPartialReuseWithExactOffsets() {
        String paragraph = "The union said 2,417 members joined the strike, the largest stoppage at the port since it was "
                + "privatised. The port operator, Coastline Logistics, called the walkout illegal and said it would seek "
                + "an injunction.";
        String host = Articles.ORCHARD + "\nIn other news from the coast, a wire report said: " + paragraph + "\n"
                + Articles.LIBRARY;
        ReuseMatch m = compare(host, Articles.HARBOUR);
        assertThat(m.reuseClass()).isEqualTo(ReuseClass.PARTIAL_REUSE);
        assertThat(m.passages()).hasSize(2); // a sentence of the source sits between the two in the source
        VerbatimPassage first = m.passages().get(0);
        assertThat(first.aStart()).isEqualTo(host.indexOf("The union said"));
        assertThat(host.substring(first.aStart(), first.aEnd())).isEqualTo("The union said 2,417 members joined the "
                + "strike, the largest stoppage at the port since it was privatised");
        assertThat(Articles.HARBOUR.substring(first.bStart(), first.bEnd())).isEqualTo(host.substring(first.aStart(), first.aEnd()));
        VerbatimPassage second = m.passages().get(1);
        assertThat(host.substring(second.aStart(), second.aEnd())).startsWith("The port operator").endsWith("injunction");
    }

    @Test
    void paraphrasingRewriteIsRewriteWithAlignedSentences() {
        ReuseMatch m = compare(Articles.HARBOUR, Articles.HARBOUR_REWRITE);
        assertThat(m.reuseClass()).isEqualTo(ReuseClass.REWRITE);
        assertThat(m.maxContainment()).isLessThan(0.2);
        assertThat(m.paraphrases()).anySatisfy(p -> {
            assertThat(p.a().text()).contains("2,417");
            assertThat(p.b().text()).contains("2,417");
        });
        assertThat(m.paraphrases()).anySatisfy(p -> assertThat(p.b().text()).startsWith("Oskar Brenner"));
        assertThat(m.paraphrases()).noneSatisfy(p -> assertThat(p.b().text()).startsWith("Leave a comment"));
        assertThat(m.sharedNumbers()).contains("2,417 members");
    }

    @Test
    void independentReportOfTheSameEventIsSameStoryOnlyWithAQuoteOrFigureBesidesNames() {
        // names alone, even rare ones, are not enough (on the pool's L3S pages 7 of 8 such pairs were different events)
        ReuseMatch m = compare(Articles.HARBOUR, Articles.HARBOUR_OTHER_REPORT);
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.NONE);
        ReuseMatch withFigure = compare(Articles.HARBOUR, Articles.HARBOUR_OTHER_REPORT
                + "The union says 2,417 members have stopped work.\n");
        assertThat(withFigure.reuseClass()).as(withFigure.reason()).isEqualTo(ReuseClass.SAME_STORY);
        assertThat(m.sharedNames()).contains("Marta Quinlan", "Coastline Logistics", "Oskar Brenner");
        assertThat(m.passages()).isEmpty();
    }

    @Test
    void unrelatedTextsAreNone() {
        ReuseMatch m = compare(Articles.HARBOUR, Articles.LIBRARY);
        assertThat(m.reuseClass()).isEqualTo(ReuseClass.NONE);
        assertThat(m.paraphrases()).isEmpty();
        assertThat(m.jaccard()).isZero();
    }

    @Test
    void sharedQuotationOfAThirdPartyIsNotPartialReuse() {
        String quote = "\"We will not rest until every worker on this port is paid the wage that was promised to them "
                + "in writing by the company last year,\"";
        ReuseMatch m = compare("Marta Quinlan spoke at the gate. " + quote + " she said. " + Articles.ORCHARD,
                Articles.LIBRARY + " Union leader Marta Quinlan added: " + quote);
        assertThat(m.passages()).singleElement().satisfies(p -> assertThat(p.quoted()).isTrue());
        assertThat(m.reuseClass().isReuse()).isFalse();
        assertThat(m.sharedQuotes()).hasSize(1);
    }

    @Test
    void reportsWhichTextCameFirst() {
        Instant t = Instant.parse("2025-03-14T10:00:00Z");
        ReuseMatch m = comparer.compare(new ReuseText("late", Articles.HARBOUR, t.plusSeconds(3600), null),
                new ReuseText("early", Articles.HARBOUR, null, t));
        assertThat(m.earlierId()).isEqualTo("early");
        assertThat(m.earlierBy()).isEqualTo("mixed");
        assertThat(compare(Articles.HARBOUR, Articles.HARBOUR).earlierId()).isNull();
        assertThat(compare(Articles.HARBOUR, Articles.HARBOUR).earlierBy()).isNull();
    }

    @Test
    void timesWithinAMinuteAreSimultaneousAndTheBasisIsNamed() {
        Instant t = Instant.parse("2025-03-14T10:00:00Z");
        ReuseMatch feedCopy = comparer.compare(new ReuseText("copy", Articles.HARBOUR, t.plusSeconds(59), null),
                new ReuseText("wire", Articles.HARBOUR, t, null));
        assertThat(feedCopy.earlierId()).isNull();
        assertThat(feedCopy.earlierBy()).isNull();
        ReuseMatch stated = comparer.compare(new ReuseText("copy", Articles.HARBOUR, t.plusSeconds(61), t),
                new ReuseText("wire", Articles.HARBOUR, t, t.plusSeconds(7200)));
        assertThat(stated.earlierId()).isEqualTo("wire");
        assertThat(stated.earlierBy()).isEqualTo("publication");
        ReuseMatch seen = comparer.compare(new ReuseText("copy", Articles.HARBOUR, null, t.plusSeconds(3600)),
                new ReuseText("wire", Articles.HARBOUR, null, t));
        assertThat(seen.earlierId()).isEqualTo("wire");
        assertThat(seen.earlierBy()).isEqualTo("first_seen");
    }

    /** Two unrelated articles of one site: each ends with the site's reference lines, different dates in each. */
    @Test
    void unrelatedPagesSharingOnlySiteFormulasAreNotReuse() {
        String harbour = Articles.HARBOUR + referenceLines("4 May 2011", "12 June 2014", "19 March 2012",
                "3 February 2015", "27 October 2013", "8 August 2016");
        String library = Articles.LIBRARY + referenceLines("11 January 2009", "30 April 2018", "6 December 2010",
                "14 July 2019", "22 May 2017", "2 September 2020");
        ReuseMatch m = compare(harbour, library);
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.NONE);
        assertThat(m.paraphrases()).as("reference lines are not paraphrases of each other").isEmpty();
    }

    @Test
    void sharedNumbersAndDatesAloneAreNotTheSameStory() {
        String a = Articles.ORCHARD + "On 3 April about 11 % of growers had insurance; 114 members met on 21 December.\n";
        String b = Articles.LIBRARY + "The budget rose 11 % on 3 April, and 114 members signed the petition by 21 December.\n";
        ReuseMatch m = compare(a, b);
        assertThat(m.sharedNumbers()).isNotEmpty();
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.NONE);
    }

    /** A wiki-like reference list: "Archived from the original on D." and "Retrieved D from the city archive." lines. */
    private static String referenceLines(String... dates) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < dates.length; i++) {
            out.append(i % 2 == 0 ? "Archived from the original on " + dates[i] + ".\n"
                    : "Retrieved " + dates[i] + " from the city archive.\n");
        }
        return out.toString();
    }

    private ReuseMatch compare(String a, String b) {
        return comparer.compare(new ReuseText("a", a, null, null), new ReuseText("b", b, null, null));
    }
}
