package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agency in brackets closing a Japanese or Chinese story: "…導入する。（共同）", "…起实施。（新华社）", "【新华社】",
 * "…導入する。（ＡＦＰ＝時事）" (AFP's story as Jiji distributes it: both credited).
 * Papers in these languages sign wire copy off this way, the agency written short ("共同" for 共同通信); the agency is
 * tried as written and with 通信 added. Only the last lines count, and only a bracket that ends its line after a full stop or stands alone ("会見する首相（共同）"
 * without one is a photo caption).
 */
final class CjkClosingCreditRule implements Rule {

    static final String ID = "signoff.cjk-bracket";

    /** An agency's name as these papers print it: Han or Katakana, or Latin capitals, full-width too ("ＡＦＰ"). */
    private static final String NAME = "(?:[\\p{IsHan}\\p{IsKatakana}ー]{2,10}|[A-ZＡ-Ｚ]{2,6})";

    /** After a sentence's full stop or alone on the line: a photo caption ends in the bracket without one. */
    private static final Pattern CLOSING = Pattern.compile(
            "(?:^|[。．！？」』])\\s*[（(【〔]\\s*(?<credit>" + NAME + "(?:[、・/／＝=]" + NAME + "){0,2})\\s*"
                    + "[）)】〕]\\s*$");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.tail()) {
            Matcher m = CLOSING.matcher(block.text());
            if (!m.find() || !cjkLine(block.text())) {
                continue; // Latin capitals count in Japanese and Chinese lines only: "(AP)" elsewhere is SignoffRule's
            }
            String[] names = m.group("credit").split("[、・/／＝=]");
            if (m.group("credit").matches(".*[＝=].*") && agency(view, names[names.length - 1]).isEmpty()) {
                continue; // after "＝" stands the distributing agency; a person there ("ＡＦＰ＝山田太郎") is no credit line
            }
            for (String name : names) {
                agency(view, name).ifPresent(t -> found.add(Findings.inBody(view, block.start() + m.start(),
                        block.start() + m.end(), Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT, t,
                        0.85, ID, "The story closes with " + t.name() + " in brackets.")));
            }
        }
        return found;
    }

    private static boolean cjkLine(String text) {
        return text.codePoints().anyMatch(cp -> cp >= 0xFF00 && cp <= 0xFFEF
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
    }

    private static Optional<Target> agency(ArticleView view, String name) {
        return view.targets().agency(name).or(() -> view.targets().agency(name + "通信"));
    }
}
