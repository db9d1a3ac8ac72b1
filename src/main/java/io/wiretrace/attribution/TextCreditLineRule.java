package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text label naming agencies in a header or closing line: "Text: dpa", "Texto: EFE", "Texte : AFP", "Testo: ANSA",
 * "Tekst: PAP", also as a segment beside the picture's credit ("Texto: EFE / Foto: Jane Roe"). The labels are a data
 * file ({@code attribution/text-credit-labels.tsv}); only registry wire agencies count, every part of the value
 * resolved: "Texto: Ana López" names a writer, "Text: dpa/Jane Roe" an agency and its writer's initials.
 */
final class TextCreditLineRule implements Rule {

    static final String ID = "credit.text-label";

    private static final String LABELS = WordList.lines("/attribution/text-credit-labels.tsv").stream()
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    /** The label opens the line or a segment of it; the value runs to the segment's end. */
    private static final Pattern LINE = Pattern.compile(
            "(?iu)(?:^|[|•·]\\s*|\\s[-–—/|]\\s*)[(\\[]?(?<label>" + LABELS + ")\\s*[:：]\\s*"
                    + "(?<value>[^|()\\[\\]\\n•·:：]{2,60}?)\\s*[)\\]]?\\.?(?=$|\\s*[|•·]|\\s[-–—/]\\s)");

    /** A writer's name, a slash and the agency she writes for. */
    private static final Pattern WRITER_SLASH_AGENCY = Pattern.compile(
            "(?u)(?<person>\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,2})\\s*/\\s*(?<agency>[\\p{L}-]{2,12})");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.headAndTail()) {
            if (block.text().length() > 120) {
                continue;
            }
            Matcher m = LINE.matcher(block.text());
            while (m.find()) {
                for (Target t : agencies(view, m.group("value"))) {
                    found.add(Findings.inBody(view, block.start() + m.start("label"), block.start() + m.end("value"),
                            Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT, t, 0.85, ID,
                            "A '" + m.group("label") + ":' label credits the text to " + t.name() + "."));
                }
            }
        }
        return found;
    }

    /** The agencies of the value when every part of it is one ("dpa", "EFE y AFP", "dpa/AFP"); else none. */
    private static List<Target> agencies(ArticleView view, String value) {
        String cleaned = Desks.withoutSlashed(Targets.clean(value));
        if (PhotoCues.present(cleaned)) {
            return List.of();
        }
        Matcher writer = WRITER_SLASH_AGENCY.matcher(cleaned);
        if (writer.matches() && PersonNames.isPerson(writer.group("person"))) {
            // "Text: Anna Lund/TT": the agency's writer; under a text label not a picture credit
            return view.targets().agency(writer.group("agency")).map(List::of).orElse(List.of());
        }
        List<CreditList.Part> parts = CreditList.orInCapitals(cleaned,
                CreditList.parse(cleaned, view.targets(), true), view.targets());
        return CreditList.allResolved(parts) ? parts.stream().flatMap(p -> p.target().stream()).toList() : List.of();
    }
}
