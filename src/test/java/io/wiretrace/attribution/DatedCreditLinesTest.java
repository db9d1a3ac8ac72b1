package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit lines printed with the story's date or time on the same line (invented snippets; agencies real): the date
 * is read past, the credit stays; a date beside anything but agencies credits no one. Also bylines and agency names
 * that extraction ran into the story's first line, and datelines after the story's date.
 */
class DatedCreditLinesTest {

    private static final String LEAD = "The harbour authority approved a new ferry timetable on Tuesday after months of "
            + "complaints from commuters about late evening crossings.";
    private static final String SECOND = "The changes take effect in March, the authority said, and fares stay the same "
            + "for the rest of the year while the new boats are tested on the northern route.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Reuters - Friday, January 4, 2008 # wire_credit:reuters",
        "AFP - Friday, January 4 # wire_credit:afp",
        "AP - Fri Jan 4, 8:42 PM ET # wire_credit:ap",
        "4 Jan 2008, 2042 hrs IST, REUTERS # wire_credit:reuters",
        "4 Jan 2008, 2042 hrs IST, PTI # wire_credit:pti",
        "4 Jan, 2008 0842 hrs IST, IANS # wire_credit:ians",
        "4 Jan 2008, 2042 hrs IST, AGENCIES # wire_credit:agencies",
        "Friday, January 4, 2008 AP # wire_credit:ap",
        "Jan 4, 2008 (AP) # wire_credit:ap",
        "Posted: Friday, January 4, 2008 Source: AP # wire_credit:ap",
        "Associated Press Last updated: January 4, 2008 # wire_credit:ap",
        "Last Updated: Friday, January 4, 2008 | 8:42 PM ET The Canadian Press # wire_credit:cp",
        "Agence France-Presse - 1/4/2008 8:42 PM # wire_credit:afp",
        "Updated 1h 2m ago | Reuters # wire_credit:reuters",
        "By the Associated Press Updated: 2008-01-04 # wire_credit:ap",
        "By JANE ROE, Associated Press Writer 1 hour ago # wire_credit:ap",
        "By Jane Roe Associated Press Published: Jan 4, 2008 # wire_credit:ap",
        "04.01.2008, 20:42 Uhr | dpa # wire_credit:dpa",
        "Aktualisiert am 4. Januar 2008, 20:42 Uhr | AFP # wire_credit:afp",
        "Publicado el 4 de enero de 2008 | EFE # wire_credit:efe",
        "04 Ocak 2024 Perşembe 10:42 | AA # wire_credit:anadolu",
        "Associated Press, harbourdaily.com, Friday January 4 2008 # wire_credit:ap",
        "Posted by Reuters on Jan 4, 2008 # wire_credit:reuters",
        "ANI Friday, January 04, 2008 (New Delhi) # wire_credit:ani",
        "Press Trust of India / New Delhi January 4, 2008, 20:42 IST # wire_credit:pti",
        "The Associated Press updated 8:42 p.m. ET, Fri., Jan. 4, 2008 # wire_credit:ap",
        "4 stycznia 2024, 10:42 | PAP # wire_credit:pap",
        // Chinese header and footer fields separated by spaces
        "2024-01-04 10:42 来源：新华网 # original_source:xinhua",
        "2024年01月04日 10:42 来源：中国新闻网 作者：张三 # original_source:cns",
        "（记者 张三）来源：新华社 # original_source:xinhua",
        // bylines and agency names run into the story's first line
        "The Associated Press WASHINGTON — The harbour authority approved a new ferry timetable on Tuesday. # wire_credit:ap",
        "AFP HARBOUR CITY - The harbour authority approved a new ferry timetable on Tuesday. # wire_credit:afp",
        "By JANE ROE Associated Press Writer HARBOUR CITY — The harbour authority approved a new timetable. # wire_credit:ap",
        "By JANE ROE, AP Sports Writer ST. PAUL, Minn. -- The harbour authority approved a new timetable. # wire_credit:ap",
        // the story's date before its dateline
        "5 days ago MIAMI (AFP) — The harbour authority approved a new ferry timetable on Tuesday. # dateline:afp",
        "Jan. 4, 2008 | 8:42 p.m. HARBOUR CITY (AP) — The harbour authority approved a new timetable. # dateline:ap",
    })
    void aCreditBesideADateIsRead(String line, String expected) {
        assertThat(Detection.summary(page(line))).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Friday, January 4, 2008",
        "Photo: Reuters, January 4, 2008",
        "By Jane Roe, Harbour Daily, January 4, 2008",
        "Harbour Daily - Friday, January 4, 2008",
        "Friday, January 4, 2008 | Mehr",
        "Harbour Daily / AP | January 4, 2008",
        "Posted by Jane Roe on Jan 4, 2008",
        "Updated 8:42 PM | Sports",
        "2024-01-04 10:42 来源：本报 作者：张三",
        "责任编辑：张三 来源：港湾日报",
        "Reuters",
        "AP PHOTO - The harbour authority approved a new ferry timetable on Tuesday.",
        "Reuters Institute OXFORD - The harbour authority approved a new ferry timetable on Tuesday.",
        "By JANE ROE HARBOUR CITY - The harbour authority approved a new ferry timetable, AP said.",
    })
    void aDateBesideNoAgencyCreditsNoOne(String line) {
        assertThat(Detection.summary(page(line))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Reuters - Friday, January 4, 2008 # Reuters",
        "4 Jan 2008, 2042 hrs IST, PTI # PTI",
        "By JANE ROE, Associated Press Writer 1 hour ago # By JANE ROE, Associated Press Writer",
        "Posted: Friday, January 4, 2008 Source: AP # Source: AP",
        "The Sun, March 3 # The Sun",
        "May 2008 # ''",
        "The Sun # The Sun",
    })
    void datesAndTimesAreRemovedFromALine(String line, String left) {
        assertThat(DateStamps.without(line)).isEqualTo(left);
    }

    /** A dateline printed in a box of its own between the headline and the story, with its date and dash. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"HARBOUR CITY (AP) &mdash;", "HARBOUR CITY, Jan. 4 (AP) &mdash;"})
    void aDatelineInABoxOfItsOwnIsRead(String dateline) {
        String html = "<html><head><title>Harbour ferries get a new timetable</title></head><body><article>"
                + "<h1>Harbour ferries get a new timetable</h1><p class=\"dateline\">" + dateline + "</p><p>" + LEAD
                + "</p><p>" + SECOND + "</p><p>" + SECOND + "</p></article></body></html>";
        var x = new io.wiretrace.extract.JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.com/news/ferries");
        assertThat(Detection.DETECTOR.detect(x).stream().map(Detection::summary).toList()).contains("dateline:ap");
    }

    private static Articles page(String line) {
        return article().site("harbourdaily.com").siteName("Harbour Daily").body(line, LEAD, SECOND);
    }
}
