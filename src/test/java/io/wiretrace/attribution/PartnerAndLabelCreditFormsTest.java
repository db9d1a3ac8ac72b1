package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit forms of agencies and newsrooms that the earlier rules did not read, on invented pages run through the real
 * extractor (outlets and people made up, agencies real): La Presse Canadienne's "(PC)", the Thomson Reuters
 * Foundation, JSON-LD {@code provider} and {@code creator}, "Text und Foto:" and "Text: writer/agency" labels, a bare
 * courtesy closing the story, a partner box right after the story, Greek, Polish, Romanian and Dutch credit forms,
 * Lusa's end mark, Reuters' bracketed reporting and editing credit, Indonesian "Oleh:" bylines; the links inside
 * credit lines read outside the body.
 * Each place: {@code tail} the story's last paragraph, {@code head} its first, {@code byline}, {@code jsonld} a
 * property of the page's NewsArticle, {@code after} an element right after the story; a language prefix
 * ({@code fr:tail}) sets the page's language.
 */
class PartnerAndLabelCreditFormsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "fr:tail # (PC) # wire_credit:cp",
        "fr:tail # Les nouveaux bateaux seront testés jusqu'en juin. (PC) # wire_credit:cp",
        "fr:head # MONTRÉAL (PC) — L'autorité portuaire a approuvé mardi un nouvel horaire pour les traversiers. # dateline:cp",
        "en:tail # (TNS) # wire_credit:tns",
        "tail # Thomson Reuters Foundation # wire_credit:reuters",
        "byline # Jane Roe, Thomson Reuters Foundation # wire_credit:reuters",
        "jsonld # \"provider\":{\"@type\":\"Organization\",\"name\":\"Reuters\"} # wire_credit:reuters",
        "jsonld # \"provider\":\"Reuters\" # wire_credit:reuters",
        "jsonld # \"creator\":{\"@type\":\"Organization\",\"name\":\"Associated Press\"} # wire_credit:ap",
        "tail # Text und Foto: dpa # wire_credit:dpa",
        "tail # Texto y fotos: EFE # wire_credit:efe",
        "tail # Text: Anna Lund/TT # wire_credit:tt",
        "tail # Courtesy: Reuters # wire_credit:reuters",
        "tail # Courtesy of AFP # wire_credit:afp",
        "tail # Courtesy of The Conversation # syndicated_feed_disclaimer:theconversation",
        "after # <div class=\"partner-content\"><span>Partner content</span> <a href=\"https://www.reuters.com/\"><img src=\"/l/r.png\" alt=\"Reuters\"></a></div> # wire_credit:reuters",
        "after # <div><span>In partnership with</span> <a href=\"https://apnews.com/\"><img src=\"/l/ap.png\" alt=\"AP\"></a></div> # wire_credit:ap",
        "tail # Με πληροφορίες από ΑΠΕ-ΜΠΕ # wire_credit:ana-mpa",
        "tail # Με πληροφορίες από Reuters # wire_credit:reuters",
        "tail # Na podstawie: PAP, Reuters # wire_credit:reuters",
        "tail # Cu informaţii de la Agerpres # wire_credit:agerpres",
        "tail # Door onze redactie, met ANP # wire_credit:anp",
        "ro:head # Bucureşti, 5 mar /Agerpres/ - Autoritatea portuară a aprobat marţi un nou orar pentru feriboturi. # dateline:agerpres",
        "tail # AGERPRES/(AS - autor: Ana Pop, editor: Tom Lake) # wire_credit:agerpres",
        "pt:tail # Lusa/Fim # wire_credit:lusa",
        "tail # (Reporting by Jane Roe in Harbour City; Editing by Tom Lake) # wire_credit:reuters",
        "tail # (Reporting by Jane Roe; Writing by Ann Bell; Editing by Tom Lake) # wire_credit:reuters",
        "id:byline # Oleh: Antara # wire_credit:antara",
        "tail # This story was published with permission from Valmere Times. # republished_from:Valmere Times",
    })
    void aCreditFormIsRead(String where, String line, String expected) {
        assertThat(found(where, line)).contains(expected);
    }

    /** Look-alikes: citations, pictures' and persons' courtesy, initials in other languages, ad widgets, data bodies. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "en:tail # (PC)",
        "en:head # HARBOUR CITY (PC) — The harbour authority approved a new timetable for the ferries on Tuesday.",
        "fr:tail # La direction du port a rencontré mardi les élus du Parti communiste (PC).",
        "de:tail # (TNS)",
        "tail # Jane Roe is a Thomson Reuters Foundation fellow who covers the harbour and its ferries for us.",
        "jsonld # \"provider\":{\"@type\":\"Organization\",\"name\":\"Harbour Daily\"}",
        "jsonld # \"creator\":{\"@type\":\"Person\",\"name\":\"Jane Roe\"}",
        "jsonld # \"creator\":\"Jane Roe\"",
        "jsonld # \"provider\":{\"@type\":\"Person\",\"name\":\"Jane Roe\"}",
        "tail # Text: Jane Roe",
        "tail # Text: Anna Lund, foto: TT",
        "tail # Courtesy of Jane Roe",
        "tail # Courtesy: Jane Roe",
        "tail # Photo courtesy of Reuters",
        "tail # Video courtesy of Reuters",
        "tail # Courtesy photo",
        "after # <div class=\"partner-content\"><span>Partner content</span> <a href=\"https://valmeretimes.example/\"><img src=\"/l/v.png\" alt=\"Valmere Times\"></a></div>",
        "after # <div class=\"partner-content\"><span>Partner content</span> <a href=\"https://www.reuters.com/a\">A Reuters story</a> <a href=\"https://shop.example/x\">Buy now</a></div>",
        "after # <div class=\"related\"><a href=\"https://www.reuters.com/\"><img src=\"/l/r.png\" alt=\"Reuters\"></a></div>",
        "tail # Με πληροφορίες από τον υπουργό",
        "ro:head # Bucureşti /Autoritatea/ - Autoritatea portuară a aprobat marţi un nou orar pentru feriboturi.",
        "cs:tail # Zdroj: ČSÚ",
        "ro:tail # Sursa: INS",
        "el:tail # Πηγή: ΕΛΣΤΑΤ",
        "pl:tail # Źródło: GUS",
        "tail # (Reporting by Jane Roe)",
        "tail # (Photo by Jane Roe; edited by Tom Lake)",
        "id:byline # Oleh: Anna Putri",
        "pt:tail # Fim",
        "tail # This story was published with permission from Jane Roe.",
        "tail # The letter was published with permission from the family.",
    })
    void aLookAlikeCreditsNoOne(String where, String line) {
        assertThat(found(where, line)).isEmpty();
    }

    /** Header and tail lines outside the body keep their links: the credit takes the linked page and its domain. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "header # Via <a href=\"https://valmeretimes.example/news/ferries\">VT</a> # https://valmeretimes.example/news/ferries",
        "header # Source: <a href=\"https://www.valmeretimes.example/news/ferries\">Valmere Times</a> # https://www.valmeretimes.example/news/ferries",
        "after # Source: <a href=\"https://valmeretimes.example/news/ferries\">Valmere Times</a> # https://valmeretimes.example/news/ferries",
        "header # Source: <a href=\"https://twitter.com/valmeretimes\">Valmere Times</a> # -",
        "header # Source: <a href=\"https://harbourdaily.example/about\">Valmere Times</a> # -",
    })
    void aLinkInACreditLineOutsideTheBodyIsRead(String where, String line, String url) {
        String wrapped = "<div class=\"source-line\">" + line + "</div>";
        ExtractedArticle x = extract("en", "", where.equals("header") ? wrapped : "<p class=\"byline\">By Jane Roe</p>",
                "", "", where.equals("after") ? wrapped : "");
        List<Attribution> found = Detection.DETECTOR.detect(x);
        assertThat(found).isNotEmpty();
        if (url.equals("-")) {
            assertThat(found).allSatisfy(a -> assertThat(a.target().url()).isNull());
        } else {
            assertThat(found).anySatisfy(a -> {
                assertThat(a.target().url()).isEqualTo(url);
                assertThat(a.target().domain()).endsWith("valmeretimes.example");
            });
        }
    }

    private static List<String> found(String where, String line) {
        String language = where.contains(":") ? where.substring(0, where.indexOf(':')) : "en";
        String place = where.substring(where.indexOf(':') + 1);
        String head = "";
        String byline = "<p class=\"byline\">By Jane Roe</p>";
        String first = "";
        String last = "";
        String after = "";
        switch (place) {
            case "tail" -> last = "<p>" + line + "</p>";
            case "head" -> first = "<p>" + line + "</p>";
            case "byline" -> byline = "<p class=\"byline\">" + line + "</p>";
            case "after" -> after = line;
            case "jsonld" -> head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                    + "\"@type\":\"NewsArticle\",\"headline\":\"Channel to be dredged\",\"publisher\":{\"@type\":"
                    + "\"Organization\",\"name\":\"Harbour Daily\"}," + line + "}</script>";
            default -> throw new IllegalArgumentException(place);
        }
        ExtractedArticle x = extract(language, head, byline, first, last, after);
        return Detection.DETECTOR.detect(x).stream().map(Detection::summary).toList();
    }

    private static ExtractedArticle extract(String language, String head, String byline, String first, String last,
            String after) {
        String html = "<html lang=\"" + language + "\"><head><title>Channel to be dredged</title>" + head
                + "</head><body><article><h1>Channel to be dredged</h1>" + byline + first + StructureCreditsTest.STORY
                + last + after + "</article><footer><p>© 2024 Harbour Daily</p></footer></body></html>";
        return new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
    }
}
