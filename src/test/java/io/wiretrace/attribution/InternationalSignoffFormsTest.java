package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.JsoupArticleExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credit forms outside English from a probe of ~370 forms of our own (outlets and people invented, agencies real),
 * each placed on an invented page in the byline, the header, the first or last paragraph, or a box, footer or aside of
 * its own after the story, and read through the real extractor: German sign-offs with the paper's own short name or a
 * lower-case agency before dpa ("Tsp/dpa", "sid/dpa", "... bis Juni. /dpa/lby", "(dpa) / (bme)"), Polish "oprac. Anna Nowak / PAP", Greek "Newsroom ΑΠΕ-ΜΠΕ", Russian
 * "На основе материалов", Ukrainian "За матеріалами Укрінформу", Hindi "(इनपुट: पीटीआई)", Korean copyright notices
 * ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"), Chinese source fields among a header's date fields, and source labels
 * in Turkish, Finnish, Greek, Romanian, Russian, Ukrainian and Indonesian in a footer or aside of the article, which the
 * extractor now keeps as it kept "Quelle: dpa". Look-alikes:
 * public bodies behind Nordic, Turkish, Ukrainian and Korean source labels, photo credits, a writer's name with dpa.
 */
class InternationalSignoffFormsTest {

    private static final String TR_LEAD = "Liman idaresi, yolcuların aylardır geç seferlerden şikayet etmesinin ardından "
            + "salı günü feribotlar için yeni bir tarifeyi onayladı.";
    private static final String TR_SECOND = "Değişiklikler mart ayında yürürlüğe girecek ve yeni gemiler kuzey hattında "
            + "test edilirken ücretler yıl sonuna kadar aynı kalacak.";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        // German sign-offs: the paper's short name or a lower-case agency before dpa, the regional desk after it
        "tail # Tsp/dpa # wire_credit:dpa",
        "tail # (Tsp, dpa) # wire_credit:dpa",
        "tail # BLZ/dpa # wire_credit:dpa",
        "tail # sid/dpa # wire_credit:sid",
        "tail # sid/dpa # wire_credit:dpa",
        "tail # The new boats will be tested on the northern route until June. /dpa/lby # wire_credit:dpa",
        "tail # (dpa) / (bme) # wire_credit:dpa",
        "tail # harbourdaily/dpa # wire_credit:dpa",
        "tail # SRF 4 News, 05.03.2024, 10:00 Uhr ; sda/stal # wire_credit:sda",
        // Greek desk, Russian and Ukrainian "based on the material of", Hindi "input:"
        "tail # Newsroom ΑΠΕ-ΜΠΕ # wire_credit:ana-mpa",
        "byline # Newsroom ΑΠΕ-ΜΠΕ # wire_credit:ana-mpa",
        "tail # На основе материалов РИА Новости # wire_credit:ria",
        "tail # За матеріалами Укрінформу # wire_credit:ukrinform",
        "tail # За матеріалами УНІАН # wire_credit:unian",
        "tail # (इनपुट: पीटीआई) # wire_credit:pti",
        "tail # इनपुट- आईएएनएस # wire_credit:ians",
        "tail # (इनपुट: एजेंसी) # wire_credit:agencies",
        // Polish: the editor who compiled the agency's copy
        "tail # oprac. Anna Nowak / PAP # wire_credit:pap",
        "byline # oprac. Anna Nowak / PAP # wire_credit:pap",
        // Korean copyright notices of agencies
        "tail # <저작권자(c) 연합뉴스, 무단 전재-재배포 금지> # wire_credit:yonhap",
        "tail # ⓒ 연합뉴스 # wire_credit:yonhap",
        "tail # Copyright ⓒ 뉴시스. 무단 전재 및 재배포 금지. # wire_credit:newsis",
    })
    void aCreditFormIsRead(String where, String line, String expected) {
        Detection.assertFinds(CreditLinesAcrossLanguagesTest.page(where, line), expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        // public bodies in source labels: statistics offices, health, traffic and weather services, police, universities
        "tail # Källa: Folkhälsomyndigheten",
        "tail # Källa: Trafikverket",
        "tail # Källa: Polisen",
        "tail # Källa: SMHI",
        "tail # Kilde: SSB",
        "tail # Lähde: Tilastokeskus",
        "tail # Kaynak: TCMB",
        "tail # Kaynak: AFAD",
        "tail # Kaynak: Anadolu Üniversitesi",
        "tail # Джерело: Держстат",
        "tail # 출처: 통계청",
        // a photographer with dpa, desk marks alone, a police report, a paper's own copyright, a photo credit
        "tail # Kay Nietfeld/dpa",
        "tail # (red/hb)",
        "tail # oprac. Anna Nowak",
        "tail # (red) / (bme)",
        "tail # (Hanna) / (bme)",
        "tail # valmere/dpa",
        "tail # (TNS/lhe)",
        "tail # На основе материалов пресс-службы порта",
        "tail # <저작권자(c) 한빛일보, 무단 전재-재배포 금지>",
        "tail # 사진=연합뉴스",
        "tail # इनपुट भाषा के साथ कई बातें कही गईं।",
    })
    void aLookAlikeCreditsNoOne(String where, String line) {
        assertThat(Detection.summary(CreditLinesAcrossLanguagesTest.page(where, line))).isEmpty();
    }

    /** "Der Artikel basiert auf einer Meldung der dpa.": a German credit sentence naming the agency's report. */
    @org.junit.jupiter.api.Test
    void aGermanReportCreditIsRead() {
        assertThat(Detection.summary(german("Der Artikel basiert auf einer Meldung der dpa."))).contains("wire_credit:dpa");
        assertThat(Detection.summary(german("Der Artikel basiert auf einer Meldung der Polizei."))).isEmpty();
    }

    private static Articles german(String line) {
        return Articles.article().site("hafenblatt.de").siteName("Hafenblatt").language("de").body(
                "Die Hafenbehörde hat am Dienstag einen neuen Fahrplan für die Fähren beschlossen, nachdem Pendler "
                        + "monatelang über späte Abfahrten geklagt hatten.",
                "Die Änderungen gelten ab März, die Preise bleiben für den Rest des Jahres gleich, während die neuen "
                        + "Boote auf der Nordroute getestet werden.", line);
    }

    /**
     * German pages through the extractor: a sources heading over a list ("Verwendete Quellen" over "Nachrichtenagentur
     * dpa"), dpa's regional services ("Quelle: dpa Niedersachsen"), the notice of unedited dpa copy above or after the
     * story. Look-alikes: a list of own research and a statistics office, a notice without an agency.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "<div class=\"sources\"><h3>Verwendete Quellen</h3><ul><li>Nachrichtenagentur dpa</li><li>Nachrichtenagentur AFP</li></ul></div> # wire_credit:afp",
        "<div class=\"sources\"><p>Quellen:</p><ol><li>Reuters</li></ol></div> # wire_credit:reuters",
        "<div class=\"sources\"><h3>Unsere Quellen</h3><ul><li>Reporterin vor Ort</li><li>Nachrichtenagentur dpa</li></ul></div> # wire_credit:dpa",
        "<p>Unsere Quellen: Reporterin vor Ort, Nachrichtenagenturen dpa und AFP</p> # original_source:afp",
        "<p>Quelle: dpa Niedersachsen</p> # wire_credit:dpa",
        "<div class=\"note\">Dieser Artikel wurde automatisch aus dem dpa-Newskanal übernommen.</div> # syndicated_feed_disclaimer:dpa",
    })
    void aGermanClosingBlockIsRead(String block, String expected) {
        Detection.assertFinds(germanPage("", block), expected);
    }

    @org.junit.jupiter.api.Test
    void aNoticeOrACorrespondentAboveTheStoryIsRead() {
        Detection.assertFinds(germanPage("<div class=\"kanal\">Direkt aus dem dpa-Newskanal</div>", ""),
                "syndicated_feed_disclaimer:dpa");
        Detection.assertFinds(germanPage("<div class=\"autor\">Von dpa-Korrespondent Tom See</div>", ""),
                "wire_credit:dpa");
        assertThat(germanPage("<div class=\"autor\">Von dpa-Fotograf Tom See</div>", "")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<div class=\"sources\"><h3>Verwendete Quellen</h3><ul><li>Eigene Recherche</li><li>Statistisches Bundesamt</li></ul></div>",
        "<div class=\"sources\"><h3>Mehr zum Thema</h3><ul><li>dpa</li></ul></div>",
        "<div class=\"note\">Dieser Artikel wurde automatisch erstellt.</div>",
    })
    void aGermanClosingLookAlikeCreditsNoOne(String block) {
        assertThat(germanPage("", block)).isEmpty();
    }

    private static java.util.List<String> germanPage(String header, String closing) {
        String html = "<html lang=\"de\"><head><title>Neuer Fahrplan für die Fähren</title></head><body><main><article>"
                + "<h1>Neuer Fahrplan für die Fähren</h1>" + header + "<div class=\"body\"><p>Die Hafenbehörde hat am "
                + "Dienstag einen neuen Fahrplan für die Fähren beschlossen, nachdem Pendler monatelang über späte Abfahrten "
                + "geklagt hatten.</p><p>Die Änderungen gelten ab März, die Preise bleiben für den Rest des Jahres gleich, "
                + "während die neuen Boote auf der Nordroute getestet werden.</p><p>Der Stadtrat will im Herbst prüfen, ob "
                + "weitere Verbindungen am Wochenende nötig sind, sagte eine Sprecherin der Behörde.</p></div>" + closing
                + "</article></main><footer><p>© 2024 Hafenblatt Verlag</p></footer></body></html>";
        var x = new JsoupArticleExtractor().fromHtml(html, "https://hafenblatt.example/politik/faehren");
        return Detection.DETECTOR.detect(x).stream().map(Detection::summary).toList();
    }

    /** A CJK source field among the date fields of a line between the headline and the story. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "2024-03-05 10:32 来源：中新网 # original_source:cns",
        "2024-03-05 10:32 来源：新华网 作者：王明 # original_source:xinhua",
    })
    void aCjkSourceFieldInTheHeaderIsRead(String line, String expected) {
        assertThat(header(line)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-03-05 10:32 来源：本站原创", "2024-03-05 10:32 来源：国家统计局", "2024-03-05 10:32 作者：王明"})
    void aCjkHeaderLookAlikeCreditsNoOne(String line) {
        assertThat(header(line)).isEmpty();
    }

    /** Source labels in an article's own footer or aside, which the extractor now keeps. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "footer # Kaynak: AA # original_source:anadolu",
        "footer # Kaynak: İHA # original_source:iha",
        "aside # Kaynak: DHA # original_source:dha",
        "footer # Haber Kaynağı: DHA # original_source:dha",
    })
    void aCreditInTheArticlesFooterIsRead(String element, String line, String expected) {
        Detection.assertFinds(closing(element, line), expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "footer # Kaynak: TÜİK",
        "footer # Kaynak: Sağlık Bakanlığı",
        "aside # Kaynak: Ayşe Kaya",
        "footer # DHA",
    })
    void aFooterLookAlikeCreditsNoOne(String element, String line) {
        assertThat(closing(element, line)).isEmpty();
    }

    private static java.util.List<String> closing(String element, String line) {
        String html = "<html lang=\"tr\"><head><title>Feribot tarifesi</title></head><body><main><article>"
                + "<h1>Feribot tarifesi</h1><div class=\"body\"><p>" + TR_LEAD + "</p><p>" + TR_SECOND + "</p><p>"
                + TR_SECOND + "</p></div><" + element + " class=\"article-source\"><p>" + line + "</p></" + element
                + "></article></main><footer><p>© 2024 Liman Gazetesi</p></footer></body></html>";
        var x = new JsoupArticleExtractor().fromHtml(html, "https://limangazetesi.example/haber/feribot");
        return Detection.DETECTOR.detect(x).stream().map(Detection::summary).toList();
    }

    private static java.util.List<String> header(String line) {
        String html = "<html lang=\"zh\"><head><title>港务局批准新时刻表</title></head><body><article><h1>港务局批准新时刻表</h1>"
                + "<div class=\"info\">" + line + "</div><p>港务局周二批准了新的轮渡时刻表，此前乘客数月来一直抱怨晚间航班延误。"
                + "新时刻表将于三月起实施，票价在年内保持不变。</p><p>港务局表示，新船将在北线进行测试，测试期间部分航班可能调整，"
                + "乘客可通过官方网站查询最新信息。</p><p>市议会将在秋季评估周末是否需要增加航班，港务局发言人说，相关方案将征求市民意见。"
                + "</p></article></body></html>";
        var x = new JsoupArticleExtractor().fromHtml(html, "https://gangkou.example/news/1");
        return Detection.DETECTOR.detect(x).stream().map(Detection::summary).toList();
    }
}
