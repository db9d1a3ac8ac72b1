package io.wiretrace.attribution;

import io.wiretrace.extract.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An agency's message identifier alone on one of the story's closing lines ("dpa-infocom, dpa:240104-99-123456/2"),
 * or another line only that agency prints under its copy (AP's funding disclosure), as client sites keep them: it
 * names the agency whose copy it is. The identifier forms, by registry
 * key, come from {@code attribution/agency-message-ids.tsv}.
 */
final class AgencyMessageIdRule implements Rule {

    static final String ID = "footer.message-id";

    private static final List<Form> FORMS = DataFile.lines("/attribution/agency-message-ids.tsv").stream()
            .map(l -> new Form(l.substring(0, l.indexOf('\t')).strip(),
                    Pattern.compile("(?iu)^(?:©\\s*)?(?:" + l.substring(l.indexOf('\t') + 1).strip() + ")\\.?$")))
            .toList();

    /** One agency's closing line form. */
    private record Form(String key, Pattern line) {
    }

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.closing()) {
            agency(view, block.text()).ifPresent(t -> found.add(Findings.inBody(view, block.start(), block.end(),
                    Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT, t, 0.8, ID,
                    "The story closes with a line that only " + t.name() + " prints under its copy.")));
        }
        return found;
    }

    /** The agency whose closing line {@code line} is (one of the forms only it prints), or none. */
    static Optional<Attribution.Target> agency(ArticleView view, String line) {
        for (Form form : FORMS) {
            if (form.line().matcher(line).matches()) {
                return view.resolver().byKey(form.key())
                        .map(o -> new Attribution.Target(o.key(), o.name(), o.primaryDomain(), line));
            }
        }
        return Optional.empty();
    }
}
