package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pages a reader sees as an article are articles whatever their script: Japanese without spaces, right-to-left
 * Arabic, and text held in a few long text nodes. None is refused with 422 "no article". (Invented pages.)
 */
@QuarkusTest
class ScriptsIngestTest {

    private static void accepted(String html, String expectedText) {
        given().contentType(ContentType.JSON)
                .body(Map.of("html", html, "url", "https://scripts.example/" + UUID.randomUUID()))
                .post("/api/articles").then().statusCode(201).body("bodyText", containsString(expectedText));
    }

    @Test
    void aJapaneseAgencyPageIsAnArticle() {
        accepted("""
                <html lang="ja"><head><title>日向灘で震度5弱</title></head><body><article><h1>日向灘で震度5弱</h1>
                <p>気象庁は13日、午後9時19分ごろ、日向灘で震度5弱の地震があったと発表した。震源の深さは約30キロと推定される。</p>
                <p>この地震で、気象庁は沿岸に津波注意報を出したが、その後すべて解除した。被害の報告は入っていない。</p>
                </article></body></html>""", "気象庁は13日");
    }

    @Test
    void aRightToLeftPageIsAnArticle() {
        accepted("""
                <html lang="ar" dir="rtl"><head><title>انتهاء الإضراب في الميناء</title></head><body><article>
                <h1>انتهاء الإضراب في الميناء</h1>
                <p>صوّت عمال الميناء مساء الثلاثاء على إنهاء الإضراب الذي استمر تسعة أيام بعد أن وافقت إدارة الميناء على زيادة
                الأجور بنسبة أربعة في المئة وإضافة نوبات ليلية جديدة، وقال ممثلو النقابة إن العمل سيستأنف صباح الأربعاء.</p>
                </article></body></html>""", "صوّت عمال الميناء");
    }

    @Test
    void textInAFewLongTextNodesIsAnArticle() {
        accepted("""
                <html><head><title>Dock strike ends</title></head><body><div id="main"><font size="2">
                DOCK STRIKE ENDS<br><br>The dock workers of Valmere voted on Tuesday evening to end a strike that had
                kept cargo ships waiting in the bay for nine days, after the port authority agreed to a pay rise of four
                per cent and new night shifts.<br><br>Union leaders said the vote passed by a wide margin and that the
                first cranes would move again at dawn on Wednesday.</font></div></body></html>""", "dock workers of Valmere");
    }
}
