package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wire datelines in the forms national agencies print them, on invented leads: TASS between slashes, ANI after a
 * bracketed country, Swiss and Austrian agencies in lower case, and the bracketed forms of Japanese (共同, 時事), Korean
 * (연합뉴스, 뉴시스, 뉴스1) and Chinese (新华社电) agencies. Each looseness with a lead it must not read as a credit.
 */
class WireDatelineFormsTest {

    private static final String SECOND = "The changes take effect in March, the authority said in a statement issued late on "
            + "Tuesday evening to all of its members.";
    private static final String THIRD = "Commuters had complained for months about late evening crossings and missed "
            + "connections at the northern quay terminal.";

    private static java.util.List<String> found(String lead) {
        return Detection.summary(article().site("harbourdaily.com").body(lead, SECOND, THIRD));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MOSCOW, December 5. /TASS/. The government approved a new ferry timetable after months of complaints.|tass",
        "New Delhi [India], December 5 (ANI): The government approved a new ferry timetable after months of complaints.|ani",
        "Bern (sda) - Der Bundesrat hat am Dienstag einen neuen Fährplan beschlossen, nachdem Pendler lange klagten.|sda",
        "Wien (apa) - Die Regierung hat am Dienstag einen neuen Fährplan beschlossen, nachdem Pendler lange klagten.|apa",
        "Lima, dic. 5 (ANDINA). El Gobierno aprobó hoy un nuevo horario de transbordadores tras meses de quejas.|andina",
        "UNITED NATIONS, Dec 5 (IPS) - The government approved a new ferry timetable after months of complaints.|ips",
        "東京（共同）政府は火曜日、通勤客からの数カ月にわたる苦情を受けて、新しいフェリーの時刻表を承認した。|kyodo",
        "【ワシントン共同】米政府は火曜日、通勤客からの苦情を受けて、新しいフェリーの時刻表を承認した。|kyodo",
        "（時事）政府は火曜日、通勤客からの数カ月にわたる苦情を受けて、新しいフェリーの時刻表を承認した。|jiji",
        "(서울=연합뉴스) 홍길동 기자 = 정부는 화요일 통근자들의 불만 끝에 새로운 여객선 시간표를 승인했다.|yonhap",
        "[서울=뉴시스] 홍길동 기자 = 정부는 화요일 통근자들의 불만 끝에 새로운 여객선 시간표를 승인했다.|newsis",
        "(서울=뉴스1) 홍길동 기자 = 정부는 화요일 통근자들의 불만 끝에 새로운 여객선 시간표를 승인했다.|news1",
        "【北京12月5日新华社电】政府周二批准了新的渡轮时刻表，此前通勤者数月来一直抱怨晚间航班延误。|xinhua",
        // a station's call sign of three letters with its band suffix, as broadcast groups share stories
        "HARBOUR CITY (WXY-TV) -- The government approved a new ferry timetable after months of complaints.|WXY-TV",
    })
    void nationalAgencyDatelines(String lead, String agency) {
        assertThat(found(lead)).contains("dateline:" + agency);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a paper's own bracket, a reporter's name, a word in lower case that is no agency
        "東京（本社）政府は火曜日、通勤客からの数カ月にわたる苦情を受けて、新しいフェリーの時刻表を承認した。",
        "【ワシントン＝山田太郎】米政府は火曜日、通勤客からの苦情を受けて、新しいフェリーの時刻表を承認した。",
        "(서울=본지) 홍길동 기자 = 정부는 화요일 통근자들의 불만 끝에 새로운 여객선 시간표를 승인했다.",
        "Berlin (eigener Bericht) - Die Regierung hat am Dienstag einen neuen Fährplan beschlossen, sagte ein Sprecher.",
        "Hamburg (red) - Die Regierung hat am Dienstag einen neuen Fährplan beschlossen, sagte ein Sprecher.",
        // words between slashes that are no agency, a bracketed gloss that is no credit
        "MOSCOW, December 5. /CORRECTED/. The government approved a new ferry timetable after months of complaints.",
        "Springfield [Illinois], Dec 5 (Updated) - The council approved a new ferry timetable after months of complaints.",
        // three letters without a band suffix read like an acronym
        "GENEVA (WHO) -- The organisation approved a new vaccine timetable after months of complaints from members.",
    })
    void bracketsThatCreditNoAgency(String lead) {
        assertThat(found(lead)).isEmpty();
    }
}
