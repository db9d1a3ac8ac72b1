package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agency in brackets closing a Japanese or Chinese story: "…導入する。（共同）", "…起实施。（新华社）", "【新华社】".
 * Papers in these languages sign wire copy off this way, the agency written short ("共同" for 共同通信); the agency is
 * tried as written and with 通信 added. Only the last lines count, and only a bracket that ends its line after a full stop or stands alone ("会見する首相（共同）"
 * without one is a photo caption).
 */
final class CjkClosingCreditRule implements Rule {

    static final String ID = "signoff.cjk-bracket";

    /** After a sentence's full stop or alone on the line: a photo caption ends in the bracket without one. */
    private static final Pattern CLOSING = Pattern.compile(
            "(?:^|[。．！？」』])\\s*[（(【〔]\\s*(?<credit>[\\p{IsHan}\\p{IsKatakana}]{2,10}(?:[、・/／][\\p{IsHan}\\p{IsKatakana}]{2,10}){0,2})\\s*"
                    + "[）)】〕]\\s*$");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.tail()) {
            Matcher m = CLOSING.matcher(block.text());
            if (!m.find()) {
                continue;
            }
            for (String name : m.group("credit").split("[、・/／]")) {
                agency(view, name).ifPresent(t -> found.add(Findings.inBody(view, block.start() + m.start(),
                        block.start() + m.end(), Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT, t,
                        0.85, ID, "The story closes with " + t.name() + " in brackets.")));
            }
        }
        return found;
    }

    private static Optional<Target> agency(ArticleView view, String name) {
        return view.targets().agency(name).or(() -> view.targets().agency(name + "通信"));
    }
}
