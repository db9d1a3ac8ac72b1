package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.SourceLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese, Japanese and Korean source fields among the other fields of a header, footer or byline line ("2024-01-04
 * 10:42 来源：新华网 作者：张三", "입력 2024.03.05 출처: 연합뉴스"), for {@link SourceLabelRule}. Stateless.
 */
final class CjkSourceFields {

    private CjkSourceFields() {
    }

    /** The labels of the languages written in Han or Hangul script ("来源", "來源", "出典", "출처"). */
    private static final String CJK_LABELS = SourceLabels.LABELS.stream()
            .filter(l -> l.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL))
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    /**
     * A Chinese, Japanese or Korean source label among the other fields of a header or footer line, separated by
     * spaces only ("2024-01-04 10:42 来源：新华网 作者：张三", "责任编辑：张三 来源：新华网"): its value runs to the next space.
     * A bar may stand for the colon, as on portals' re-run stories ("来源丨新华社", "来源 | 新华社").
     */
    private static final Pattern CJK_LABEL = Pattern.compile(
            "(?u)(?<=^|\\s|[）)】\\]])(?<label>" + CJK_LABELS + ")\\s*(?:[:：丨｜]|\\|(?=\\s))\\s*(?<value>[^\\s|()\\[\\]（）【】•·:：]{2,30})(?=$|\\s)");

    /** A CJK label's field that names a known outlet or a domain, and where it stands in its line. */
    record Field(String label, int start, int end, Target target) {
    }

    /** The fields of a short line's CJK labels; a field of a header line counts only naming a known outlet or domain. */
    static List<Field> of(ArticleView view, String line) {
        List<Field> fields = new ArrayList<>();
        if (line.length() > 200) {
            return fields;
        }
        Matcher m = CJK_LABEL.matcher(line);
        while (m.find()) {
            String value = m.group("value");
            for (Target target : SourceLabelRule.withoutPublicBodies(SourceLabelRule.targets(view, value, true))) {
                if (target.key() != null || target.domain() != null) {
                    fields.add(new Field(m.group("label"), m.start("label"), m.end("value"), target));
                }
            }
        }
        return fields;
    }
}
