package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.JsoupArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit lines as newsrooms in many languages print them, on invented snippets (outlets and people made up for these
 * tests, agencies real): agency names inside bylines, sign-offs, copyright lines, source footers, "with agency" lines,
 * CJK agency brackets, station datelines and republication notes. Each line sits where pages put it: the byline, a
 * line above the story ("head") or the story's last line ("tail").
 */
class CreditLinesAcrossLanguagesTest {

    static final String LEAD = "The harbour authority approved a new ferry timetable on Tuesday after months of "
            + "complaints from commuters about late evening crossings.";
    static final String SECOND = "The changes take effect in March, the authority said, and fares stay the same "
            + "for the rest of the year while the new boats are tested on the northern route.";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        // agency names inside bylines
        "byline # By Jane Roe, AP Auto Writer # wire_credit:ap",
        "byline # Jane Roe Associated Press # wire_credit:ap",
        "byline # By JANE ROE Associated Press Writer # wire_credit:ap",
        "byline # Jane Roe | Reuters # wire_credit:reuters",
        "byline # By Jane Roe and Tom Lake, Reuters # wire_credit:reuters",
        "byline # Von Hanna Berg, dpa # wire_credit:dpa",
        "byline # Par Claire Martin avec AFP # wire_credit:afp",
        "byline # Redacción con información de EFE # wire_credit:efe",
        "byline # Staff and agencies # wire_credit:agencies",
        "byline # By Agencies # wire_credit:agencies",
        "byline # Ken Sato, Kyodo News # wire_credit:kyodo",
        "byline # Anna Nowak / PAP # wire_credit:pap",
        "byline # Emma Lund/TT # wire_credit:tt",
        // copyright lines closing the story
        "tail # © 2019 The Associated Press. All rights reserved. # wire_credit:ap",
        "tail # Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. # wire_credit:ap",
        "tail # (c) Kyodo # wire_credit:kyodo",
        "tail # © Agence France-Presse # wire_credit:afp",
        "tail # Copyright (c) Thomson Reuters 2020 # wire_credit:reuters",
        // agency sign-offs
        "tail # The new boats will be tested on the northern route until June. /AFP # wire_credit:afp",
        "tail # The new boats will be tested on the northern route until June. — Reuters # wire_credit:reuters",
        "tail # The new boats will be tested on the northern route until June. (AP) # wire_credit:ap",
        "tail # — Reuters # wire_credit:reuters",
        "tail # -- Associated Press # wire_credit:ap",
        "tail # /ritzau/ # wire_credit:ritzau",
        "tail # (©NTB) # wire_credit:ntb",
        "tail # (PAP) # wire_credit:pap",
        "tail # (ANSA). # wire_credit:ansa",
        "tail # jl/dpa # wire_credit:dpa",
        // with the agency
        "tail # with AFP # wire_credit:afp",
        "tail # (with AFP) # wire_credit:afp",
        "tail # Avec AFP # wire_credit:afp",
        "tail # (avec l'AFP) # wire_credit:afp",
        "tail # Avec l'AFP et Reuters # wire_credit:reuters",
        "tail # mit Material von dpa # wire_credit:dpa",
        "tail # Mit Material der dpa # wire_credit:dpa",
        "tail # Con información de Reuters # wire_credit:reuters",
        "tail # Con información de EFE y AFP # wire_credit:afp",
        "tail # Com informações da Reuters # wire_credit:reuters",
        "tail # Met informatie van ANP # wire_credit:anp",
        "tail # Con agencias # wire_credit:agencies",
        // source footers in other languages
        "tail # Quelle: dpa # original_source:dpa",
        "tail # Fuente: EFE # original_source:efe",
        "tail # Fonte: ANSA # original_source:ansa",
        "tail # Bron: ANP # original_source:anp",
        "tail # Källa: TT # original_source:tt",
        "tail # Źródło: PAP # original_source:pap",
        "tail # Джерело: Укрінформ # original_source:ukrinform",
        "tail # Источник: ТАСС # original_source:tass",
        "tail # Lähde: STT # original_source:stt",
        "tail # Zdroj: ČTK # original_source:ctk",
        // CJK agency credits
        "tail # 港湾局は３月から新しい時刻表を導入する。（共同） # wire_credit:kyodo",
        "tail # 港务局表示，新时刻表将于三月起实施。（新华社） # wire_credit:xinhua",
        "tail # （時事） # wire_credit:jiji",
        "tail # （来源：新华社） # original_source:xinhua",
        // station and network datelines
        "head # WASHINGTON (CNN) -- The harbour authority approved a new timetable on Tuesday. # dateline:cnn",
        "head # BERLIN (dpa) - Die Hafenbehörde hat am Dienstag einen neuen Fahrplan beschlossen. # dateline:dpa",
        "head # MADRID (EFE).- La autoridad portuaria aprobó el martes un nuevo horario. # dateline:efe",
        "head # ROMA, 5 MAR (ANSA) - L'autorità portuale ha approvato martedì il nuovo orario. # dateline:ansa",
        "head # PARIS, 5 mars 2024 (AFP) - L'autorité portuaire a approuvé mardi un horaire. # dateline:afp",
        // republication notes
        "tail # Originally published on Valmere Times. # republished_from:Valmere Times",
        "tail # This story was first published by Valmere Times. # republished_from:Valmere Times",
        "tail # Republished with permission from Valmere Times. # republished_from:Valmere Times",
        "tail # This article originally appeared on Valmere Times. # republished_from:Valmere Times",
        "tail # This article was originally published on The Conversation. # republished_from:theconversation",
        "tail # Este artículo fue publicado originalmente en Valmere Times. # republished_from:Valmere Times",
        "tail # Cet article a été initialement publié sur Valmere Times. # republished_from:Valmere Times",
        "tail # Dieser Artikel erschien zuerst bei Valmere Times. # republished_from:Valmere Times",
        // older and shorter forms of the same families
        "byline # By JANE ROE, Associated Press Writer # wire_credit:ap",
        "byline # JANE ROE, AP Business Writer # wire_credit:ap",
        "byline # Jane Roe, The Canadian Press # wire_credit:cp",
        "byline # Jane Roe, Bloomberg News # wire_credit:bloomberg",
        "byline # Jane Roe (AFP) # wire_credit:afp",
        "byline # AFP # wire_credit:afp",
        "byline # Reuters # wire_credit:reuters",
        "byline # The Associated Press # wire_credit:ap",
        "byline # dpa # wire_credit:dpa",
        "byline # Agencia EFE # wire_credit:efe",
        "byline # PTI # wire_credit:pti",
        "byline # Jane Roe with AFP # wire_credit:afp",
        "byline # Redazione ANSA # wire_credit:ansa",
        "byline # Agencias # wire_credit:agencies",
        "byline # AFP, Reuters # wire_credit:reuters",
        "tail # Copyright 2008 The Associated Press. All rights reserved. # wire_credit:ap",
        "tail # Copyright © 2008 AFP. All rights reserved. # wire_credit:afp",
        "tail # © Thomson Reuters 2008 All rights reserved # wire_credit:reuters",
        "tail # Copyright © 2008 The Canadian Press # wire_credit:cp",
        "tail # (c) 2008 Agence France Presse # wire_credit:afp",
        "tail # © 2024 Bloomberg L.P. # wire_credit:bloomberg",
        "tail # Copyright 2024 dpa # wire_credit:dpa",
        "tail # © Copyright ANSA # wire_credit:ansa",
        "tail # © EFE 2024. Está expresamente prohibida la redistribución. # wire_credit:efe",
        "tail # © 2024 AFP # wire_credit:afp",
        "tail # Associated Press writer Tom Lake in Harbour City contributed to this report. # wire_credit:ap",
        "tail # Reuters contributed to this report. # wire_credit:reuters",
        "tail # The Associated Press contributed to this report. # wire_credit:ap",
        "tail # Information from Reuters was used in this report. # wire_credit:reuters",
        "tail # This story has been corrected to show the ferry leaves at 9 p.m. — AP # wire_credit:ap",
        "tail # AFP/Reuters # wire_credit:reuters",
        "tail # (dpa/AFP) # wire_credit:afp",
        "tail # EFE # wire_credit:efe",
        "tail # (EFE) # wire_credit:efe",
        "tail # ANSA # wire_credit:ansa",
        "tail # Source: AP # original_source:ap",
        "tail # SOURCE: Reuters # original_source:reuters",
        "tail # Fuente: Europa Press # original_source:europa-press",
        "tail # Fonte: Agência Lusa # original_source:lusa",
        "tail # Fonte: Agência Brasil # original_source:agencia-brasil",
        "tail # Quelle: APA # original_source:apa",
        "tail # Kilde: Ritzau # original_source:ritzau",
        "tail # Kilde: NTB # original_source:ntb",
        "tail # Forrás: MTI # original_source:mti",
        "tail # Izvor: Tanjug # original_source:tanjug",
        "tail # Πηγή: ΑΠΕ-ΜΠΕ # original_source:ana-mpa",
        "tail # Kaynak: AA # original_source:anadolu",
        "tail # Sumber: Antara # original_source:antara",
        "tail # 来源：新华网 # original_source:xinhua",
        "tail # 출처: 연합뉴스 # original_source:yonhap",
        "tail # （共同通信） # wire_credit:kyodo",
        "tail # 【新华社】 # wire_credit:xinhua",
        "tail # (Yonhap) # wire_credit:yonhap",
        "tail # Mit Material von dpa und AFP # wire_credit:afp",
        "tail # Mit Agenturmaterial # wire_credit:agencies",
        "tail # (mit dpa) # wire_credit:dpa",
        "tail # Med TT # wire_credit:tt",
        "tail # Com Lusa # wire_credit:lusa",
        "tail # Con información de agencias. # wire_credit:agencies",
        "tail # Avec agences # wire_credit:agencies",
        "tail # Met ANP # wire_credit:anp",
        "tail # With agencies # wire_credit:agencies",
        "tail # — With files from The Canadian Press # wire_credit:cp",
        "tail # With files from Reuters # wire_credit:reuters",
        "head # HARBOUR CITY, Md. (AP) — The harbour authority approved a new timetable on Tuesday. # dateline:ap",
        "head # HARBOUR CITY (Reuters) - The harbour authority approved a new timetable on Tuesday. # dateline:reuters",
        "head # HARBOUR CITY, March 5 (Reuters) - The harbour authority approved a new timetable. # dateline:reuters",
        "head # Berlin (AFP) Die Hafenbehörde hat am Dienstag einen neuen Fahrplan beschlossen. # dateline:afp",
        "head # Wien (APA) - Die Hafenbehörde hat am Dienstag einen neuen Fahrplan beschlossen. # dateline:apa",
        "head # Lisboa, 5 mar (Lusa) - A autoridade portuária aprovou na terça-feira um novo horário. # dateline:lusa",
        "head # Warszawa (PAP) - Zarząd portu zatwierdził we wtorek nowy rozkład rejsów. # dateline:pap",
        "head # HARBOUR CITY (KABC) -- The harbour authority approved a new timetable on Tuesday. # dateline:KABC",
        "head # HARBOUR CITY, Md. (WXYZ) — The harbour authority approved a new timetable on Tuesday. # dateline:WXYZ",
        "head # NEW DELHI (IANS) - The harbour authority approved a new timetable on Tuesday. # dateline:ians",
        "head # HARBOUR CITY, March 5 (Xinhua) -- The harbour authority approved a new timetable. # dateline:xinhua",
        "head # TOKYO (Kyodo) -- The harbour authority approved a new timetable on Tuesday. # dateline:kyodo",
        "head # SEOUL, March 5 (Yonhap) -- The harbour authority approved a new timetable. # dateline:yonhap",
        "head # Harbour City, March 5 (IANS) The harbour authority approved a new timetable. # dateline:ians",
        "tail # Originally published at valmeretimes.example # republished_from:valmeretimes.example",
        "tail # This story originally appeared in the Valmere Times. # republished_from:Valmere Times",
        "tail # This article first appeared on Valmere Times and is republished here under a Creative Commons license. # republished_from:Valmere Times",
        "tail # A version of this story was first published by Valmere Times. # republished_from:Valmere Times",
        "tail # This story was produced by Valmere Times and is reprinted with permission. # republished_from:Valmere Times",
        "tail # Distributed by Tribune Content Agency, LLC. # wire_credit:tns",
        "tail # Questo articolo è stato pubblicato originariamente su Valmere Times. # republished_from:Valmere Times",
        "tail # Este artigo foi publicado originalmente no Valmere Times. # republished_from:Valmere Times",
        "tail # Dit artikel verscheen eerder op Valmere Times. # republished_from:Valmere Times",
        "tail # Artykuł ukazał się pierwotnie na Valmere Times. # republished_from:Valmere Times",
        "tail # (Harbour Daily with AFP, REUTERS) # wire_credit:afp",
        "tail # (Harbour Daily with AFP, REUTERS) # wire_credit:reuters",
        "tail # (Harbour Daily avec AFP et Reuters) # wire_credit:reuters",
        "tail # Originally published on www.valmeretimes.example. Click here to read the original story. # republished_from:valmeretimes.example",
        "tail # Originally published on Valmere Times. Read the original story. # republished_from:Valmere Times",
        // republication, via and feed notices in their many English forms
        "tail # This article is republished from Valmere Times under a Creative Commons license. # republished_from:Valmere Times",
        "tail # This post first appeared on Valmere Times. # republished_from:Valmere Times",
        "tail # Reprinted from Valmere Times. # republished_from:Valmere Times",
        "tail # Cross-posted from Valmere Times. # republished_from:Valmere Times",
        "tail # Originally posted at Valmere Times. # republished_from:Valmere Times",
        "tail # Reposted with permission from Valmere Times. # republished_from:Valmere Times",
        "tail # This story originally ran in the Valmere Times. # republished_from:Valmere Times",
        "tail # This article was first published in the Valmere Times on March 3. # republished_from:Valmere Times",
        "tail # Article courtesy of The Conversation # original_source:theconversation",
        "tail # Story courtesy of Reuters # wire_credit:reuters",
        "tail # Disclaimer: This post has been auto-published from an agency feed without any modifications to the text. # syndicated_feed_disclaimer:syndicated feed",
        "tail # Via: Valmere Times # via:Valmere Times",
        "tail # (via Valmere Times) # via:Valmere Times",
        "tail # H/T Valmere Times # via:Valmere Times",
        "tail # Hat tip: Valmere Times # via:Valmere Times",
        "tail # [Via Valmere Times] # via:Valmere Times",
        "tail # (This story has not been edited by Harbour Daily staff and is auto-generated from a syndicated feed.) # syndicated_feed_disclaimer:syndicated feed",
        "tail # Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by Harbour Daily. # syndicated_feed_disclaimer:syndicated feed",
        "tail # This story is published from a wire agency feed without modifications to the text. # syndicated_feed_disclaimer:syndicated feed",
        "tail # Only the headline and picture of this report may have been reworked by the Harbour Daily staff; the rest of the content is auto-generated from a syndicated feed. # syndicated_feed_disclaimer:syndicated feed",
        "tail # Dieser Artikel wurde automatisch aus einem Agenturfeed übernommen. # syndicated_feed_disclaimer:syndicated feed",
        // agency datelines with a regional desk or a partner agency after a slash or hyphen
        "head # Düsseldorf (dpa/lnw) - Die Hafenbehörde hat am Dienstag einen neuen Fahrplan beschlossen. # dateline:dpa",
        "head # Berlin (dpa/tmn) - Wer mit der Fähre fährt, sollte den neuen Fahrplan kennen. # dateline:dpa",
        "head # Wien (APA/Reuters) - Die Hafenbehörde hat am Dienstag einen neuen Fahrplan beschlossen. # dateline:apa",
        "head # Bern (sda/dpa) - Die Hafenbehörde hat am Dienstag einen neuen Fahrplan beschlossen. # dateline:sda",
        "head # ROMA, 5 MAR (ANSA-AFP) - L'autorità portuale ha approvato martedì il nuovo orario. # dateline:ansa",
        "head # ROMA, 5 MAR (ANSA-AFP) - L'autorità portuale ha approvato martedì il nuovo orario. # dateline:afp",
        "head # MADRID, 5 (EUROPA PRESS) - La autoridad portuaria aprobó el martes un nuevo horario. # dateline:europa-press",
        "head # Madrid, 5 mar (EFE/AFP).- La autoridad portuaria aprobó el martes un nuevo horario. # dateline:efe",
        "head # HARBOUR CITY, March 5 (UPI) -- The harbour authority approved a new timetable. # dateline:upi",
        "head # HARBOUR CITY, March 5, 2024 (BUSINESS WIRE) -- The harbour authority approved a timetable. # dateline:businesswire",
        "head # Hamburg (AFP/dpa) Die Hafenbehörde hat am Dienstag einen neuen Fahrplan beschlossen. # dateline:afp",
        "head # Warszawa, 5 marca (PAP) - Zarząd portu zatwierdził we wtorek nowy rozkład rejsów. # dateline:pap",
        "head # Praha 5. března (ČTK) - Přístavní úřad v úterý schválil nový jízdní řád. # dateline:ctk",
        "head # KYIV, March 5 (Interfax-Ukraine) - The harbour authority approved a new timetable. # dateline:interfax",
        "head # MOSCOW, March 5. /TASS/. The harbour authority approved a new timetable on Tuesday. # dateline:tass",
        "head # HARBOUR CITY (dpa) – Die Hafenbehörde hat am Dienstag einen neuen Fahrplan beschlossen. # dateline:dpa",
        "head # Harbour City. (AFP) Die Hafenbehörde hat am Dienstag einen neuen Fahrplan beschlossen. # dateline:afp",
        "head # HARBOUR CITY — (AP) — The harbour authority approved a new timetable on Tuesday. # dateline:ap",
        "head # HARBOUR CITY, Valmere – (AFP) The harbour authority approved a new timetable on Tuesday. # dateline:afp",
        "head # Harbour City/Berlin (dpa) - Die Hafenbehörde hat am Dienstag einen neuen Fahrplan beschlossen. # dateline:dpa",
        // notices printed above the story, as some sites print them
        "head # This story was originally published by Valmere Times. # republished_from:Valmere Times",
        "head # Editor's note: This article originally appeared on Valmere Times. # republished_from:Valmere Times",
        "head # This article is republished from Valmere Times. # republished_from:Valmere Times",
        "head # Via: Valmere Times # via:Valmere Times",
        "head # Quelle: dpa # original_source:dpa",
        "head # Dieser Artikel erschien zuerst bei Valmere Times. # republished_from:Valmere Times",
        // French "after the agency", desks and editors' marks beside the agency, a possessive agency
        "tail # D'après l'AFP # wire_credit:afp",
        "tail # (D'après AFP) # wire_credit:afp",
        "tail # ANSA/Redazione # wire_credit:ansa",
        "tail # Redazione ANSA # wire_credit:ansa",
        "tail # Agencias/Redacción # wire_credit:agencies",
        "tail # (ChM, PAP) # wire_credit:pap",
        "tail # *Com informações da Reuters # wire_credit:reuters",
        "tail # Haber Kaynağı: AA # original_source:anadolu",
        "tail # AP's Jane Roe contributed to this report. # wire_credit:ap",
        "tail # Bloomberg's Jane Roe contributed to this report. # wire_credit:bloomberg",
        "byline # Da Redação, com Reuters # wire_credit:reuters",
        "byline # Madrid (EFE) # wire_credit:efe",
        "byline # Par l'AFP # wire_credit:afp",
        // American papers' unnamed wire credits, syndicate footers, a writer contributing from a place
        "tail # Wire services contributed to this report. # wire_credit:agencies",
        "tail # News services contributed to this report. # wire_credit:agencies",
        "tail # From wire reports # wire_credit:agencies",
        "tail # Compiled from wire reports. # wire_credit:agencies",
        "tail # From staff and wire reports # wire_credit:agencies",
        "tail # Compiled by Jane Roe from news services. # wire_credit:agencies",
        "tail # Staff and wire reports # wire_credit:agencies",
        "byline # From wire reports # wire_credit:agencies",
        "byline # From Reuters # wire_credit:reuters",
        "byline # Story: AFP # wire_credit:afp",
        // a CJK source field among a byline's date, time and writer fields
        "byline # 来源：新华网 2024-03-05 # original_source:xinhua",
        "byline # 2024-03-05 10:32 来源：人民网 # original_source:people-daily",
        "byline # 发布时间：2024-03-05 10:32 来源：新华社 作者：张三 # original_source:xinhua",
        "byline # 出典：共同通信 2024年3月5日 # original_source:kyodo",
        // agencies' message slugs and contact blocks closing their copy
        "tail # AP-NY-01-08-08 1904EST # wire_credit:ap",
        "byline # By The Associated Press Article Launched: 01/08/2008 07:04:15 PM PST # wire_credit:ap",
        "head # HARBOUR CITY (CBS/AP) The harbour authority approved a new ferry timetable on Tuesday. # dateline:ap",
        "head # HARBOUR CITY, Jan. 8 /CNW/ - The harbour authority approved a new ferry timetable on Tuesday. # dateline:cnw",
        // German sign-offs with Reuters' short forms, a short last sentence with its sign-off, "stammt von"
        "tail # rtr/dpa # wire_credit:reuters",
        "tail # rtr/dpa # wire_credit:dpa",
        "tail # (rtr) # wire_credit:reuters",
        "tail # mli/dpa/rts # wire_credit:reuters",
        "tail # Die Boote werden bis Juni getestet. /dpa # wire_credit:dpa",
        "tail # Dieser Beitrag stammt von der Nachrichtenagentur dpa. # wire_credit:dpa",
        "tail # Der Artikel stammt von dpa. # wire_credit:dpa",
        // Romance-language forms: a hyphenated agency pair closing the story, the desk slashed to a source label,
        // a rights phrase before the copyright, "Com" after an asterisk, international agencies unnamed
        "tail # (ANSA-AFP). # wire_credit:afp",
        "tail # Fuente: EFE/Redacción # original_source:efe",
        "tail # Riproduzione riservata © Copyright ANSA # wire_credit:ansa",
        "tail # *Com Reuters # wire_credit:reuters",
        "tail # (Com agências internacionais) # wire_credit:agencies",
        // a byline of the desk and its city after a bar, not a name written surname first
        "byline # Reuters | London # wire_credit:reuters",
        "byline # Agencias | Madrid # wire_credit:agencies",
        "byline # Agenturen | Berlin # wire_credit:agencies",
        "tail # ((jane.roe@thomsonreuters.com; +44 20 7542 0000; Reuters Messaging: jane.roe.reuters.com@reuters.net)) # wire_credit:reuters",
        "byline # 입력 2024.03.05 10:32 출처: 연합뉴스 # original_source:yonhap",
        "tail # ©2024 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC. # wire_credit:latimes",
        "tail # ©2024 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC. # wire_credit:tns",
        "tail # AP writer Tom Lake contributed from Harbour City. # wire_credit:ap",
        // AP's funding disclosure under its copy, Reuters' copyright with the sign and the word, a dateline alone
        // on its line with the day only (Europa Press)
        "tail # The Associated Press receives support from the Valmere Foundation for coverage of water. # wire_credit:ap",
        "tail # The Associated Press' climate coverage receives financial support from several foundations. AP is solely responsible for all content. # wire_credit:ap",
        "tail # (c) Copyright Thomson Reuters 2020. Click For Restrictions - https://agency.reuters.com/en/copyright.html # wire_credit:reuters",
        "head # MADRID, 5 (EUROPA PRESS) # dateline:europa-press",
        // Turkish bylines: the agency's correspondent, the newsroom's desk slashed to the agency
        "byline # AA Muhabiri # wire_credit:anadolu",
        "byline # Ayşe Kaya / DHA Muhabiri # wire_credit:dha",
        "byline # Haber Merkezi / AA # wire_credit:anadolu",
        // more English wire forms: a member paper's story AP distributed, "reported by", the original version's
        // notice, writers "of" or "for" an agency, a middle dot between name and agency, "Posted by"
        "tail # This is an AP Member Exchange shared by the Valmere Herald. # wire_credit:ap",
        "tail # This story was reported by The Associated Press. # wire_credit:ap",
        "tail # The original version of this article appeared on Vox. # republished_from:vox",
        "byline # Jane Roe of the Associated Press # wire_credit:ap",
        "byline # Jane Roe, For Reuters # wire_credit:reuters",
        "byline # Jane Roe · Reuters # wire_credit:reuters",
        "byline # Jane Roe • AFP # wire_credit:afp",
        "byline # Posted by Reuters # wire_credit:reuters",
        "byline # Reuters Editorial # wire_credit:reuters",
    })
    void aCreditLineIsRead(String where, String line, String expected) {
        // kinds count within their family, as the corpus labels are matched (a dateline is a wire credit)
        Detection.assertFinds(page(where, line), expected);
    }

    /** Look-alikes of the lines above that credit no one: titles, the page's own masthead, photo and data credits. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "byline # By Jane Roe, Press Secretary",
        "byline # By Jane Roe, Times Staff Writer",
        "byline # By Jane Roe | Harbour Daily",
        "byline # By Jane Roe, Harbour Daily Times",
        "byline # Jane Roe, Valmere City Council",
        "byline # Jane Roe, Valmere University",
        "byline # Redacción",
        "byline # Photo: Jane Roe/Reuters",
        "tail # Photo: Reuters",
        "tail # (Photo: AFP)",
        "tail # Foto: dpa",
        "tail # Reporting by Jane Roe",
        "tail # Reporting by Jane Roe and Tom Lake.",
        "tail # 首相官邸で会見する港湾局長（共同）",
        "tail # 港湾局は新しい時刻表を導入する。（本社）",
        "tail # Source: Valmere Statistics Office",
        "tail # Source: Harbour Ferries annual report",
        "tail # Quelle: eigene Berechnungen",
        "tail # Fuente: Instituto Nacional de Estadística",
        "tail # Commuters wait at the pier on Monday. Jane Roe/AFP",
        "tail # Photo courtesy of Valmere Times",
        "head # GENEVA (WHO) - The harbour authority approved a new timetable on Tuesday.",
        "head # HARBOUR CITY (AFP-Harbour) - The harbour authority approved a new timetable on Tuesday.",
        "head # HARBOUR CITY (Updated) -- The harbour authority approved a new timetable on Tuesday.",
        "tail # He spoke with AFP on Monday about the new timetable and the boats.",
        "tail # This story was first published in 2019 and updated in March.",
        "tail # D'après l'AFP, le président a démissionné mardi soir.",
        "head # D'après l'AFP, le président a démissionné mardi soir.",
        "tail # Redazione",
        "tail # Haber Kaynağı: Ahmet Yılmaz, muhabir",
        "byline # Madrid (Valmere Times)",
        "tail # The AP's stylebook changed its rules on Tuesday, its editors said.",
        "tail # From Harbour City police reports",
        "tail # Compiled from city council reports.",
        "byline # From Harbour City",
        "tail # Tom Lake contributed from Harbour City.",
        "byline # 2024-03-05 10:32 来源：港湾日报 作者：张三",
        "byline # 2024-03-05 10:32 来源：国家统计局",
        "tail # ((jane.roe@harbourdaily.com; +44 20 7542 0000))",
        "tail # NY-01-08-08 1904EST",
        "tail # (RTS)",
        "tail # Sport - Reuters",
        "tail # Der Artikel stammt von Jane Roe.",
        "tail # (Harbour-Valmere).",
        "tail # Fuente: Redacción",
        "tail # © Riproduzione riservata",
        "tail # The ferry line was founded in 1921. Tickets are distributed by the harbour office.",
        "tail # The Harbour Daily receives support from the Valmere Foundation for coverage of water.",
        "tail # The foundation said the AP is solely responsible for all content it sends, a spokesman said on Monday.",
        "head # Ferries, 5 (Harbour Daily)",
        "byline # Haber Merkezi",
        "byline # Ayşe Kaya, Haber Merkezi",
        "byline # Liman Muhabiri",
        "byline # Jane Roe, Special to Harbour Daily",
        "byline # Jane Roe of the Valmere Institute",
        "byline # Jane Roe · 5 min read",
        "byline # Posted by Jane Roe",
        "tail # This story was reported by Jane Roe and Tom Lake.",
        "tail # The original study appeared in Nature.",
    })
    void aLookAlikeCreditsNoOne(String where, String line) {
        Articles page = page(where, line);
        assertThat(Detection.summary(page)).isEmpty();
    }

    /** An international edition saying the text first ran on the title's site in another country is crediting it. */
    @Test
    void anotherEditionOfTheSameTitleIsCreditedWhenThePageSaysSo() {
        var page = article().site("harbourstyle.de").siteName("Harbour Style")
                .body(LEAD, SECOND, "Dieser Artikel erschien im Original auf HarbourStyle.com.");
        assertThat(Detection.summary(page)).containsExactly("republished_from:harbourstyle.com");
        var based = article().site("harbourstyle.de").isBasedOn("https://www.harbourstyle.com/article/ferries").body(LEAD, SECOND);
        assertThat(Detection.summary(based)).containsExactly("jsonld_isbasedon:harbourstyle.com");
    }

    /** Markup pointing at the same title's other domain, and a mirror on a hosting domain, stay the page itself. */
    @Test
    void theSameTitlesOtherDomainInMarkupIsThePageItself() {
        assertThat(Detection.summary(article().site("harbourstyle.de")
                .canonical("https://www.harbourstyle.com/article/ferries").body(LEAD, SECOND))).isEmpty();
        assertThat(Detection.summary(article().site("harbourstyle.de")
                .body(LEAD, SECOND, "Dieser Artikel erschien im Original auf harbourstyle-cdn.de."))).isEmpty();
    }

    /** A page of Harbour Daily with the line in its byline, above its story ("head") or closing it ("tail"). */
    static Articles page(String where, String line) {
        Articles page = article().site("harbourdaily.com").siteName("Harbour Daily");
        return switch (where) {
            case "byline" -> page.byline(line).body(LEAD, SECOND);
            case "head" -> page.body(line, LEAD, SECOND);
            default -> page.body(LEAD, SECOND, line);
        };
    }

    /** Lines printed between the headline and the story, outside the body the extractor keeps. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Source: Valmere Times # original_source:Valmere Times",
        "Quelle: dpa # original_source:dpa",
        "Fuente: EFE # original_source:efe",
        "Via: Valmere Times # via:Valmere Times",
        "Von Hanna Berg, dpa # wire_credit:dpa",
    })
    void aCreditLineBetweenTheHeadlineAndTheStoryIsRead(String line, String expected) {
        String html = "<html><head><title>Harbour ferries get a new timetable</title></head><body><article>"
                + "<h1>Harbour ferries get a new timetable</h1><div class=\"meta\">" + line + "</div><p>" + LEAD
                + "</p><p>" + SECOND + "</p><p>" + SECOND + "</p></article></body></html>";
        var x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.com/news/ferries");
        assertThat(Detection.DETECTOR.detect(x).stream().map(Detection::summary).toList()).contains(expected);
    }
}
