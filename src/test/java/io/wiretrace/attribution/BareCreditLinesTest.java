package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short credit lines above the story without a "By" (invented snippets; agencies real): a writer and an agency, an
 * agency and a place, "From" an agency, unnamed agencies. Look-alikes (a writer's university, a place alone, a
 * picture credit, an agency's institute) credit no one.
 */
class BareCreditLinesTest {

    private static final String STORY = "The harbour authority approved a new ferry timetable on Tuesday after months "
            + "of complaints from commuters about late evening crossings on the northern route, officials said.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "From Reuters # wire_credit:reuters",
        "From Associated Press # wire_credit:ap",
        "Jane Roe, The Canadian Press # wire_credit:cp",
        "JANE ROE, AP # wire_credit:ap",
        "Jane Roe | AP | 04 January 2008 # wire_credit:ap",
        "Jane Roe, The Canadian Press Published: Friday, January 04, 2008 # wire_credit:cp",
        "PTI New Delhi # wire_credit:pti",
        "New Delhi, IANS # wire_credit:ians",
        "Reuters London # wire_credit:reuters",
        "Agencies # wire_credit:agencies",
        "Agency inputs # wire_credit:agencies",
        "Our Correspondent with agency inputs # wire_credit:agencies",
    })
    void aShortCreditLineAboveTheStoryIsRead(String line, String expected) {
        assertThat(Detection.summary(page(line))).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Jane Roe, Valmere University",
        "Jane Roe, Harbour Daily",
        "From the editors",
        "New Delhi",
        "Reuters Institute Oxford",
        "AFP Photo London",
        "Jane Roe/AFP",
        "Agencies and partners",
        "From Harbour Daily",
    })
    void aLookAlikeCreditsNoOne(String line) {
        assertThat(Detection.summary(page(line))).isEmpty();
    }

    /** A full copyright notice on the body's first short lines names the copy's owner. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Copyright 2008 The Associated Press. All rights reserved. # wire_credit:ap",
        "Copyright 2008 AFP # wire_credit:afp",
        "© 2008 AFP. All rights reserved. # wire_credit:afp",
    })
    void aCopyrightNoticeAboveTheStoryIsRead(String line, String expected) {
        assertThat(Detection.summary(page(line))).contains(expected);
    }

    /** "© Reuters" or "© 2012 APA/AP" above the story is a picture's credit as often: no notice, no credit. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"© Reuters", "© 2012 APA/AP"})
    void aBareCopyrightSignAboveTheStoryIsNotRead(String line) {
        assertThat(Detection.summary(page(line))).isEmpty();
        assertThat(Detection.summary(article().site("harbourdaily.com").headerLine(line).body(STORY, STORY)))
                .isEmpty();
    }

    /** A credit line further down the story is not a byline. */
    @org.junit.jupiter.api.Test
    void aShortLineBelowTheFirstParagraphIsNotRead() {
        assertThat(Detection.summary(article().site("harbourdaily.com").siteName("Harbour Daily")
                .body(STORY, "From Reuters", STORY))).isEmpty();
    }

    private static Articles page(String line) {
        return article().site("harbourdaily.com").siteName("Harbour Daily").body(line, STORY, STORY);
    }
}
