package io.wiretrace.attribution;

import io.wiretrace.extract.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An agency's message identifier alone on one of the story's closing lines ("dpa-infocom, dpa:240104-99-123456/2"),
 * as client sites print the agency's copy: it names the agency whose copy it is. The identifier forms, by registry
 * key, come from {@code attribution/agency-message-ids.tsv}.
 */
final class AgencyMessageIdRule implements Rule {

    static final String ID = "footer.message-id";

    private static final Map<String, Pattern> FORMS = DataFile.lines("/attribution/agency-message-ids.tsv").stream()
            .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('\t')).strip(),
                    l -> Pattern.compile("(?iu)^(?:©\\s*)?(?:" + l.substring(l.indexOf('\t') + 1).strip() + ")\\.?$")));

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.closing()) {
            FORMS.forEach((key, form) -> {
                if (form.matcher(block.text()).matches()) {
                    view.resolver().byKey(key).ifPresent(o -> found.add(Findings.inBody(view, block.start(), block.end(),
                            Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT,
                            new Attribution.Target(o.key(), o.name(), o.primaryDomain(), block.text()), 0.8, ID,
                            "The story closes with " + o.name() + "'s message identifier.")));
                }
            });
        }
        return found;
    }
}
