package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit lines in scripts other than the Latin one, as agencies' clients print them, on invented stories (outlets and
 * people made up, agencies real): Japanese brackets with the distributing agency after "＝" ("【ＡＦＰ＝時事】"),
 * Reuters Japan's "［東京 5日 ロイター］", Chinese bracketed wire lines and "本文来源：" labels, Arabic datelines and
 * closing abbreviations ("(أ ف ب)"), Hindi datelines of Bhasha and IANS, Russian and Ukrainian datelines of RIA
 * Novosti and Interfax, a Bulgarian closing "(ДПА)", a Serbian Cyrillic "Извор:" and a Korean reporter's byline. Each
 * line sits where pages put it (byline, "head" of the body or "tail", its last line), in a story of its language.
 */
class NonLatinCreditFormsTest {

    /** Two paragraphs of an invented story per language: the harbour authority's new ferry timetable. */
    private static final Map<String, String[]> STORY = Map.of(
            "ja", new String[] {"港湾局は５日、通勤客からの数カ月にわたる苦情を受けて、新しいフェリーの時刻表を承認したと発表した。",
                "新しい時刻表は３月から実施され、運賃は年内据え置かれる。北航路では新しい船の試験運航が続く。"},
            "zh", new String[] {"港务局5日宣布，在通勤者数月来抱怨晚间航班延误之后，批准了新的渡轮时刻表。",
                "新时刻表将于三月起实施，票价年内保持不变，新船将在北线继续试航。"},
            "ar", new String[] {"وافقت هيئة الميناء يوم الثلاثاء على جدول جديد للعبارات بعد شهور من شكاوى الركاب من تأخر الرحلات المسائية.",
                "وقالت الهيئة إن التغييرات تدخل حيز التنفيذ في مارس وإن أسعار التذاكر لن تتغير حتى نهاية العام."},
            "hi", new String[] {"बंदरगाह प्राधिकरण ने मंगलवार को यात्रियों की महीनों की शिकायतों के बाद नौकाओं की नई समय सारणी को मंजूरी दी।",
                "प्राधिकरण ने कहा कि बदलाव मार्च से लागू होंगे और साल के अंत तक किराया नहीं बदलेगा।"},
            "ru", new String[] {"Портовое управление во вторник утвердило новое расписание паромов после многомесячных жалоб пассажиров.",
                "Изменения вступят в силу в марте, а цены на билеты до конца года не изменятся, сообщили в управлении."},
            "uk", new String[] {"Портова адміністрація у вівторок затвердила новий розклад поромів після скарг пасажирів.",
                "Зміни набудуть чинності в березні, а ціни на квитки до кінця року не зміняться."},
            "bg", new String[] {"Пристанищната управа одобри във вторник ново разписание на фериботите след месеци оплаквания.",
                "Промените влизат в сила през март, а цените на билетите остават същите до края на годината."},
            "sr", new String[] {"Лучка управа је у уторак одобрила нови ред вожње трајеката после вишемесечних притужби путника.",
                "Измене ступају на снагу у марту, а цене карата остају исте до краја године."},
            "ko", new String[] {"항만청은 5일 통근자들의 수개월에 걸친 불만 끝에 새로운 여객선 시간표를 승인했다고 밝혔다.",
                "새 시간표는 3월부터 시행되며 요금은 연말까지 동결된다고 항만청은 설명했다."});

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '#', value = {
        // Japanese: the distributing agency after "＝", the original agency before it; Reuters Japan's square brackets
        "ja # head # 【ワシントン＝共同】港湾局は５日、新しい時刻表を導入すると発表した。 # dateline:kyodo",
        "ja # head # 【ＡＦＰ＝時事】港湾局は５日、新しい時刻表を導入すると発表した。 # dateline:afp",
        "ja # head # 【ＡＦＰ＝時事】港湾局は５日、新しい時刻表を導入すると発表した。 # dateline:jiji",
        "ja # head # 【パリＡＦＰ＝時事】港湾局は５日、新しい時刻表を導入すると発表した。 # dateline:afp",
        "ja # tail # 港湾局は３月から新しい時刻表を導入する。（ＡＦＰ＝時事） # wire_credit:afp",
        "ja # tail # 港湾局は３月から新しい時刻表を導入する。（ＡＦＰ＝時事） # wire_credit:jiji",
        "ja # head # ［東京 5日 ロイター］ - 港湾局は5日、新しい時刻表を導入すると発表した。 # dateline:reuters",
        "ja # head # ［ワシントン ５日 ロイター］ - 港湾局は５日、新しい時刻表を導入すると発表した。 # dateline:reuters",
        // Chinese: the wire line in lenticular brackets, "this text's source" and "reprinted from" labels
        "zh # head # 【新华社北京3月5日电】港务局5日宣布批准新的渡轮时刻表。 # dateline:xinhua",
        "zh # tail # 本文来源：新华网 # original_source:xinhua",
        "zh # tail # 本文转载自新华网 # original_source:xinhua",
        "zh # tail # 文章来源：新华网 # original_source:xinhua",
        "zh # tail # 稿件来源：新华社 # original_source:xinhua",
        "zh # tail # 转载自新华网 # original_source:xinhua",
        // Arabic: datelines, closing abbreviations, unnamed agencies
        "ar # head # القاهرة (رويترز) - وافقت هيئة الميناء يوم الثلاثاء على جدول جديد للعبارات. # dateline:reuters",
        "ar # head # بيروت - (أ ف ب): وافقت هيئة الميناء يوم الثلاثاء على جدول جديد للعبارات. # dateline:afp",
        "ar # tail # (أ ف ب) # wire_credit:afp",
        "ar # tail # (د ب أ) # wire_credit:dpa",
        "ar # tail # (أ.ف.ب) # wire_credit:afp",
        "ar # tail # المصدر: وكالات # original_source:agencies",
        // Hindi: Bhasha (PTI's Hindi service) and IANS datelines, a closing Bhasha bracket
        "hi # head # नई दिल्ली, 5 मार्च (भाषा) बंदरगाह प्राधिकरण ने मंगलवार को नई समय सारणी को मंजूरी दी। # dateline:pti",
        "hi # head # नई दिल्ली, 5 मार्च (आईएएनएस)। बंदरगाह प्राधिकरण ने मंगलवार को नई समय सारणी को मंजूरी दी। # dateline:ians",
        "hi # tail # (भाषा) # wire_credit:pti",
        // Russian and Ukrainian datelines of RIA Novosti and Interfax
        "ru # head # МОСКВА, 5 мар — РИА Новости. Портовое управление утвердило новое расписание паромов. # dateline:ria",
        "ru # head # МОСКВА. 5 марта. INTERFAX.RU - Портовое управление утвердило новое расписание паромов. # dateline:interfax",
        "ru # head # КИЕВ. 5 марта. ИНТЕРФАКС-УКРАИНА - Портовое управление утвердило новое расписание паромов. # dateline:interfax",
        // Bulgarian closing bracket, Serbian Cyrillic source label
        "bg # tail # (ДПА) # wire_credit:dpa",
        "sr # tail # Извор: Танјуг # original_source:tanjug",
        // Korean: a reporter's byline with the agency in brackets
        "ko # byline # 홍길동 기자 (연합뉴스) # wire_credit:yonhap",
    })
    void aCreditLineIsRead(String language, String where, String line, String expected) {
        Detection.assertFinds(page(language, where, line), expected);
    }

    /** Look-alikes: captions, data sources, a reporter after "＝", agencies cited in the story, a common word. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "ja # tail # 首相官邸で会見する港湾局長（共同）",
        "ja # head # 【ワシントン＝山田太郎】港湾局は５日、新しい時刻表を導入すると発表した。",
        "ja # head # ［東京 5日］ - 港湾局は5日、新しい時刻表を導入すると発表した。",
        "zh # tail # 来源：国家统计局",
        "zh # tail # 本文来源：国家统计局",
        "zh # tail # 转载自国家统计局网站",
        "ar # tail # وقال المتحدث باسم الهيئة لرويترز إن الجدول الجديد سيطبق في مارس.",
        "ar # head # قالت هيئة الميناء لرويترز يوم الثلاثاء إنها وافقت على جدول جديد للعبارات.",
        "ar # tail # المصدر: الهيئة العامة للموانئ",
        "hi # tail # प्राधिकरण ने कहा कि नई समय सारणी हिंदी भाषा में भी उपलब्ध होगी।",
        "hi # head # भाषा और संस्कृति विभाग ने मंगलवार को नई समय सारणी जारी की।",
        "hi # tail # नई समय सारणी हिंदी और अंग्रेजी (भाषा) दोनों में छपेगी।",
        "hi # head # हिंदी और अंग्रेजी (भाषा): दोनों में नई समय सारणी छपेगी।",
        "ar # head # القاهرة (الأهرام) - وافقت هيئة الميناء يوم الثلاثاء على جدول جديد للعبارات.",
        "ar # tail # (الأهرام)",
        "uk # tail # Про нові правила повідомили в податковій адміністрації (ДПА).",
        "uk # tail # За даними ДПА, податкові надходження зросли.",
        "ja # tail # 港湾局は３月から新しい時刻表を導入する。（ＡＦＰ＝山田太郎）",
        "ru # tail # Как сообщили РИА Новости в управлении, новые паромы будут испытаны на северном маршруте.",
        "ru # head # Как сообщили РИА Новости в управлении, новое расписание вступит в силу в марте.",
        "ru # head # МОСКВА, 5 мар — Портовое управление утвердило новое расписание паромов.",
        "sr # tail # Извор: Републички завод за статистику",
        "ko # byline # 홍길동 기자 (항만일보)",
    })
    void aLookAlikeCreditsNoOne(String language, String where, String line) {
        assertThat(Detection.summary(page(language, where, line))).isEmpty();
    }

    /** A page of Harbour Daily in the language, the line in its byline, above its story or closing it. */
    private static Articles page(String language, String where, String line) {
        String[] story = STORY.get(language);
        Articles page = article().site("harbourdaily.com").siteName("Harbour Daily").language(language);
        return switch (where) {
            case "byline" -> page.byline(line).body(story[0], story[1]);
            case "head" -> page.body(line, story[0], story[1]);
            default -> page.body(story[0], story[1], line);
        };
    }
}
