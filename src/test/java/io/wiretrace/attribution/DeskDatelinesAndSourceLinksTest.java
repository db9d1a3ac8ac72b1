package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.JsoupArticleExtractor;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit forms from a fourth probe of forms of our own (outlets and people invented, agencies and networks real), each
 * read through the real extractor in the place pages print it: broadcast groups' national desks in the dateline's
 * bracket ("(NEXSTAR) —", "(Gray News) -", "WASHINGTON (TND) —"), a network credited alone in a contributor line ("CNN
 * contributed to this report."), "information from" lines in the block after the story ("Com informações da Reuters",
 * "Mit Informationen von dpa"), Danish "/ritzau/" sign-offs, Chinese "转自：" labels, a link that is itself the credit
 * ("Source link", "Go to Source", "Read the original article", "阅读原文"), "Via" lines above or after the story,
 * republication notices and agency lines in a box of their own after the story, French, Spanish and Turkish notices.
 * Each with look-alikes that credit no one: the groups' corporate copyright footers, public bodies behind source
 * labels, people after "information from", a source link to the page's own site or in the middle of the story, "via
 * email" and photo agencies, reports first published elsewhere, the page's own writers.
 */
class DeskDatelinesAndSourceLinksTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '#', value = {
        // national desks of broadcast groups, in the dateline's bracket
        "en # head # (NEXSTAR) — The harbour board approved a plan to dredge the channel. # dateline:nexstar-media-wire",
        "en # head # ATLANTA (Gray News) - The harbour board approved a plan to dredge the channel. # dateline:gray-news",
        "en # head # (InvestigateTV) - The harbour board approved a plan to dredge the channel. # dateline:investigatetv",
        "en # head # (Scripps News) — The harbour board approved a plan to dredge the channel. # dateline:scripps-news",
        "en # head # WASHINGTON (TND) — The harbour board approved a plan to dredge the channel. # dateline:the-national-desk",
        "en # head # (NewsNation) — The harbour board approved a plan to dredge the channel. # dateline:newsnation",
        "en # head # (Stacker) — The harbour board approved a plan to dredge the channel. # dateline:stacker",
        // a network alone as the contributor
        "en # tail # CNN contributed to this report. # wire_credit:cnn",
        "en # tail # The Washington Post contributed to this report. # wire_credit:washingtonpost",
        // the block after the story: agency copy "with information from", Danish sign-offs, Chinese labels
        "pt # after # Com informações da Reuters # wire_credit:reuters",
        "pt # after # *Com informações da Agência Brasil # wire_credit:agencia-brasil",
        "de # after # Mit Informationen von dpa # wire_credit:dpa",
        "es # after # Con información de EFE # wire_credit:efe",
        "it # after # Con informazioni dell'ANSA # wire_credit:ansa",
        "da # after # /ritzau/ # wire_credit:ritzau",
        "da # after # /ritzau/AFP # wire_credit:afp",
        "zh # tail # 转自：新华社 # original_source:xinhua",
        "zh # after # 转自：新华社 # original_source:xinhua",
        // a link that is the credit
        "en # tail # <a href=\"https://www.valmeretimes.example/news/dredging\">Source link</a> # original_source:valmeretimes.example",
        "en # after # <a href=\"https://www.valmeretimes.example/news/dredging\">Source link</a> # original_source:valmeretimes.example",
        "en # tail # <a href=\"https://www.valmeretimes.example/news/dredging\">Go to Source</a> # original_source:valmeretimes.example",
        "en # tail # <a href=\"https://www.valmeretimes.example/news/dredging\">Read the original article.</a> # original_source:valmeretimes.example",
        "en # tail # Source link: <a href=\"https://www.valmeretimes.example/news/dredging\">https://www.valmeretimes.example/news/dredging</a> # original_source:valmeretimes.example",
        "de # tail # <a href=\"https://www.valmeretimes.example/news/dredging\">Zum Originalartikel</a> # original_source:valmeretimes.example",
        "zh # tail # <a href=\"https://www.valmeretimes.example/news/dredging\">阅读原文</a> # original_source:valmeretimes.example",
        "en # tail # <a href=\"https://www.reuters.com/world/dredging\">Source link</a> # original_source:reuters",
        // via lines outside the body: a box above the byline, a line after the story
        "en # header # Via: Valmere Times # via:Valmere Times",
        "en # after # (via Reuters) # via:reuters",
        "en # after # [via Valmere Times] # via:Valmere Times",
        // republication notices in a box of their own after the story, and more forms of them
        // (the link inside the line names the credited page: the outlet is known by its domain)
        "en # after # Reposted from <a href=\"https://www.valmeretimes.example/news/dredging\">Valmere Times</a>. # republished_from:valmeretimes.example",
        "en # after # Read the original article at <a href=\"https://www.valmeretimes.example/news/dredging\">Valmere Times</a>. # republished_from:valmeretimes.example",
        "fr # after # Cet article est republié à partir de The Conversation. # republished_from:theconversation",
        "fr # tail # Cet article a d'abord été publié dans Le Monde. # republished_from:lemonde",
        "es # tail # Este texto fue publicado originalmente en inglés en The New York Times. # republished_from:nytimes",
        "tr # tail # Bu haber ilk olarak Valmere Times'ta yayımlandı. # republished_from:Valmere Times",
        "tr # after # Bu makale, Creative Commons lisansı altında The Conversation'dan yeniden yayımlanmıştır. # republished_from:theconversation",
        // agency lines in a box after the story
        "en # after # Associated Press writers Jane Roe in Chicago and Tom Lake contributed to this report. # wire_credit:ap",
        "en # after # Material from the Associated Press was used in this report. # wire_credit:ap",
        "en # after # Story by The Associated Press # wire_credit:ap",
        "de # after # Mit dpa # wire_credit:dpa",
        "en # after # AP writer Jane Roe contributed from Valmere. # wire_credit:ap",
        "fr # tail # Ce texte a d'abord été publié sur The Conversation. # republished_from:theconversation",
        // Chinese: Taiwan's CNA dates its copy with the day only; an agency's reporter as the byline
        "zh # head # （中央社台北5日电）港口管理局周二批准了新的渡轮时刻表。 # dateline:cna-taiwan",
        "zh # byline # 新华社记者 王明 李华 # wire_credit:xinhua",
    })
    void aCreditFormIsRead(String language, String where, String line, String expected) {
        Detection.assertFinds(found(language, where, line), expected);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '#', value = {
        // the groups' corporate names close every station page: the page's owner, not a source
        "en # after # Copyright 2024 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.",
        "en # after # Copyright 2024 Gray Media Group, Inc. All rights reserved.",
        "en # tail # Nexstar shares rose after the deal was announced on Monday.",
        "en # tail # Harbour Daily contributed to this report.",
        // public bodies behind source labels, people and the police after "information from"
        "pt # after # Fonte: Ministério da Saúde",
        "pt # after # Fonte: Prefeitura de Niterói",
        "sv # after # Källa: SCB",
        "pt # after # Com informações da Polícia Federal",
        "de # after # Mit Informationen von Hanna Berg",
        "da # after # /home/",
        "zh # after # 转自：网友",
        // a source link to the page's own site, to a social network, or between two paragraphs of the story
        "en # tail # <a href=\"https://harbourdaily.example/news/older-story\">Source link</a>",
        "en # tail # <a href=\"https://twitter.com/valmeretimes/status/1\">Source link</a>",
        "en # middle # <a href=\"https://www.valmeretimes.example/news/dredging\">Source link</a>",
        "en # tail # <a href=\"https://www.valmeretimes.example/news/dredging\">Read more</a>",
        // via lines that credit no text: mail, photos, streets
        "en # header # Via email",
        "en # after # Image via Getty Images",
        "en # after # via Twitter",
        "it # after # Via Garibaldi 12",
        // documents first published elsewhere, the page's own writers, material that is no agency's, a writer's story
        "fr # tail # Le rapport a d'abord été publié dans la revue Nature.",
        "es # tail # El informe fue publicado originalmente en inglés en la web del ministerio.",
        "tr # tail # Bu haber ilk olarak sosyal medyada yayımlandı.",
        "en # after # Harbour Daily writers Jane Roe and Tom Lake contributed to this report.",
        "en # after # Material from the court filing was used in this report.",
        "en # after # Story by Jane Roe",
        // a paper's own dateline and reporters, a WeChat account
        "zh # head # 本报北京5日电 港口管理局周二批准了新的渡轮时刻表。",
        "zh # byline # 本报记者 王明",
        "zh # tail # 转自：微信公众号",
    })
    void aLookAlikeCreditsNoOne(String language, String where, String line) {
        assertThat(found(language, where, line)).isEmpty();
    }

    private static final List<String> STORY = List.of(
            "The harbour board of Valmere approved on Monday a plan to dredge the northern channel, which has silted up "
                    + "over the past decade and now keeps the largest container ships waiting for the tide.",
            "Work is to start in the spring and last eighteen months, the board said, at a cost the port will share with "
                    + "the regional government.",
            "Fishermen who use the channel asked for the work to pause during the herring season, and the board said it "
                    + "would consider a break in March.",
            "Environmental groups said they would study the plan for its effect on the seagrass beds east of the "
                    + "breakwater before deciding whether to object.");

    /**
     * A page holding the line in one place: "header" or "byline" (a box under the headline), "head", "middle", "tail",
     * "after".
     */
    private static List<String> found(String language, String where, String line) {
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < STORY.size(); i++) {
            if (i == 0 && where.equals("head") || i == 2 && where.equals("middle")) {
                story.append("<p>").append(line).append("</p>");
            }
            story.append("<p>").append(STORY.get(i)).append("</p>");
        }
        if (where.equals("tail")) {
            story.append("<p>").append(line).append("</p>");
        }
        String html = "<html lang=\"" + language + "\"><head><title>Channel to be dredged next spring</title></head><body>"
                + "<article><h1>Channel to be dredged next spring</h1>"
                + (where.equals("header") ? "<div class=\"meta\">" + line + "</div>" : "")
                + (where.equals("byline") ? "<div class=\"byline\">" + line + "</div>" : "")
                + "<div class=\"story\">" + story + "</div>"
                + (where.equals("after") ? "<div class=\"note\">" + line + "</div>" : "")
                + "</article><footer>Harbour Daily</footer></body></html>";
        var x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        return Detection.DETECTOR.detect(x).stream().map(Detection::summary).toList();
    }
}
