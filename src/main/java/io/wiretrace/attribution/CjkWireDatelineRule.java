package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines of Japanese, Korean and Chinese pages in their bracketed forms: "東京（共同）", "【ワシントン共同】",
 * "（時事）" (place, then the agency, which Japanese writes without 通信), "(서울=연합뉴스)", "[서울=뉴시스]" (place = agency),
 * "【北京12月5日新华社电】" and Reuters Japan's "［東京 5日 ロイター］". The agency is the longest registry wire agency
 * ending the bracket (or named with 通信 added); a newspaper's own bracket ("（本社）", "(서울=본지)") names none. A
 * Japanese bracket with "＝" names the agency distributing the story after it and, before it, the place and perhaps the
 * agency that wrote it ("【ワシントン＝共同】", "【パリＡＦＰ＝時事】": AFP's story as Jiji distributes it, both
 * credited); a reporter after "＝" ("【ワシントン＝山田太郎】") names none. Only the opening lines of the body count.
 */
final class CjkWireDatelineRule implements Rule {

    static final String ID = "dateline.cjk-wire";

    private static final String PLACE = "[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー・]{0,12}";
    private static final List<Pattern> FORMS = List.of(
            // Japanese: 東京（共同）, （時事）
            Pattern.compile("^" + PLACE + "[（(](?<lead>[\\p{IsHan}\\p{IsKatakana}]{2,8})[）)]"),
            // Japanese and Chinese in lenticular brackets: 【ワシントン共同】, 【北京12月5日新华社电】
            Pattern.compile("^[【〔](?<lead>" + PLACE + ")[】〕]"),
            Pattern.compile("^[【〔\\[]\\p{IsHan}{0,12}(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?<lead>\\p{IsHan}{2,8}?)"
                    + "(?:电|電|讯|訊)[】〕\\]]"),
            // Reuters Japan: ［東京 5日 ロイター］, the day of the month between place and agency
            Pattern.compile("^[［\\[]" + PLACE + "\\s*[0-9０-９]{1,2}日\\s*(?<lead>[\\p{IsKatakana}ー\\p{L}]{2,10})[］\\]]"),
            // Korean: (서울=연합뉴스), [서울=뉴시스], (서울=뉴스1)
            Pattern.compile("^[(（\\[]\\p{IsHangul}{1,10}\\s*=\\s*(?<lead>[\\p{IsHangul}\\p{L}\\p{N}]{2,10})[)）\\]]"));

    /** 【place＝agency】, 【place AGENCY＝agency】: the part after "＝" is the distributing agency. */
    private static final Pattern DISTRIBUTED = Pattern.compile(
            "^[【〔](?<lead>[^【】〔〕＝=\\s]{0,16})\\s*[＝=]\\s*(?<via>" + PLACE + ")[】〕]");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.opening()) {
            Matcher d = DISTRIBUTED.matcher(block.text());
            if (d.find()) {
                Optional<Target> via = agencyEnding(view, d.group("via"));
                if (via.isPresent()) {
                    for (Target t : agencyEnding(view, d.group("lead")).map(first -> List.of(first, via.get()))
                            .orElse(List.of(via.get()))) {
                        found.add(Findings.inBody(view, block.start(), block.start() + d.end(), Findings.DATELINE,
                                AttributionKind.DATELINE, t, 0.9, ID, "The body opens with a wire dateline of "
                                        + t.name() + (t == via.get() ? "." : ", distributed by " + via.get().name() + ".")));
                    }
                    return found;
                }
                continue;
            }
            for (Pattern form : FORMS) {
                Matcher m = form.matcher(block.text());
                if (m.find()) {
                    Optional<Target> agency = agencyEnding(view, m.group("lead"));
                    if (agency.isPresent()) {
                        Target t = agency.get();
                        found.add(Findings.inBody(view, block.start(), block.start() + m.end(), Findings.DATELINE,
                                AttributionKind.DATELINE, t, 0.9, ID,
                                "The body opens with a wire dateline of " + t.name() + "."));
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /** The longest end of {@code lead} that names a registry wire agency, as written or with 通信 ("共同" of "ワシントン共同"). */
    private static Optional<Target> agencyEnding(ArticleView view, String lead) {
        for (int start = 0; start <= lead.length() - 2; start++) {
            String name = lead.substring(start);
            Optional<Target> agency = view.targets().agency(name).or(() -> view.targets().agency(name + "通信"));
            if (agency.isPresent()) {
                return agency;
            }
        }
        return Optional.empty();
    }
}
