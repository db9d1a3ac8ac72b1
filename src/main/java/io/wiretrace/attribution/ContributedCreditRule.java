package io.wiretrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "X contributed to this report" credits: agencies in the subject ("The Associated Press contributed to this report",
 * "Associated Press writers Jane Roe in Rome and John Doe contributed."), unnamed agencies ("Wire services contributed
 * to this report."), a newsroom through its reporter ("CNN's Jane Roe contributed to this report") or alone ("CNN
 * contributed to this report."). A past employer
 * ("Tom Roe, a former AP reporter, contributed") and a sentence of the story ("..., when Reuters reported that Norway
 * contributed.") are not credits. Reported under {@link MaterialCreditRule#ID}, as the agency-material credits are.
 */
final class ContributedCreditRule implements Rule {

    private static final String ID = MaterialCreditRule.ID;

    /** "X contributed to this report" names agencies in the subject. */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?iu)\\s(?:also )?contributed (?:reporting )?to this (?:report|story|article)"
                    // "Reuters contributed reporting.", "Associated Press writers Jane Roe and John Doe contributed."
                    + "|\\s(?:also )?contributed(?: reporting)?(?=\\s*(?:[.;]|$))"
                    // "AP writer Tom Lake contributed from Harbour City."
                    + "|\\s(?:also )?contributed(?: reporting)? from \\p{Lu}[\\p{L}.'’-]*(?:,? \\p{Lu}[\\p{L}.'’-]*){0,3}"
                    + "(?=\\s*(?:[.;]|$))");
    /** Words that make an agency named just after them a person's past employer. */
    static final Pattern FORMER = Pattern.compile(
            "(?iu)\\b(?:former|ex-|one-?time|retired|previously (?:with|at|of)|ehemalige[rn]?|ancien(?:ne)?|antigu[oa]|"
                    + "ex)\\s*(?:the\\s+)?$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.blocks()) {
            if (!mayContribute(block) || PhotoCues.present(block)) {
                continue;
            }
            String text = block.text();
            Matcher contributed = CONTRIBUTED.matcher(text);
            while (contributed.find()) {
                int subjectStart = sentenceStart(text, contributed.start());
                String subject = text.substring(subjectStart, contributed.start());
                if (!contributed.group().toLowerCase(java.util.Locale.ROOT).contains("to this") && !nameList(subject)) {
                    continue; // "..., when Reuters reported that Norway contributed." is no credit line
                }
                possessiveNewsroom(view, block, subject, subjectStart, contributed.end(), found);
                wholeNewsroom(view, block, subject, subjectStart, contributed, found);
                if (CreditList.unnamedAgencies(subject)) {
                    // "Wire services contributed to this report."
                    int start = block.start() + subjectStart;
                    int end = block.start() + contributed.end();
                    found.add(Findings.inBody(view, MaterialCreditRule.trim(view, start, end), end,
                            Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT, Targets.agencies(subject.strip()), 0.8, ID,
                            "Unnamed agencies are credited as contributing to the report."));
                    continue;
                }
                for (OutletScanner.Hit hit : new OutletScanner(view.resolver()).agencies(subject)) {
                    if (FORMER.matcher(subject.substring(0, hit.start())).find()
                            || OutletScanner.partOfLongerName(subject, hit)) {
                        continue; // "Tom Roe, a former AP reporter, contributed" credits a person, not the agency
                    }
                    int start = block.start() + subjectStart;
                    int end = block.start() + contributed.end();
                    var target = view.targets().agency(hit.mention());
                    target.ifPresent(t -> found.add(Findings.inBody(view, MaterialCreditRule.trim(view, start, end), end,
                            Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT, t, 0.85, ID,
                            t.name() + " is credited as contributing to the report.")));
                }
            }
        }
        return found;
    }

    /**
     * Whether {@link #CONTRIBUTED} can match: its matches hold "contributed", which the lower-cased line holds too,
     * unless written with a Turkish dotted or dotless I that the regex's case folding reads as i.
     */
    private static boolean mayContribute(Block block) {
        return block.lower().contains("contributed") || block.text().indexOf('ı') >= 0
                || block.text().indexOf('İ') >= 0;
    }

    /** "CNN's Jane Roe", "The Washington Post’s John Doe and Jane Roe": a newsroom's own reporters at the start. */
    private static final Pattern POSSESSIVE = Pattern.compile(
            "^(?<outlet>(?:The )?\\p{Lu}[\\p{L}\\p{N}.&-]*(?: \\p{Lu}[\\p{L}\\p{N}.&-]*){0,4})['’]s? \\p{Lu}");

    /**
     * "CNN's Jane Roe contributed to this report": a newsroom (agencies are read below) credited through its reporter,
     * when the subject is that one possessive and a list of names. The page's own newsroom is no credit.
     */
    private static void possessiveNewsroom(ArticleView view, Block block, String subject, int subjectStart, int end,
                                           List<Attribution> found) {
        Matcher m = POSSESSIVE.matcher(subject.strip());
        if (!m.find() || !nameList(subject.strip().substring(m.end("outlet")).replaceFirst("^['’]s?", ""))) {
            return;
        }
        view.targets().known(m.group("outlet")).filter(t -> view.targets().agency(m.group("outlet")).isEmpty())
                .ifPresent(t -> {
                    int start = block.start() + subjectStart;
                    found.add(Findings.inBody(view, MaterialCreditRule.trim(view, start, block.start() + end),
                            block.start() + end,
                            Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT, t, 0.8, ID,
                            t.name() + "'s reporter is credited as contributing to the report."));
                });
    }

    /**
     * "CNN contributed to this report", as stations print a network's share of the story: a registry newsroom (agencies
     * are read below) as the whole subject of a "to this report" line. The page's own newsroom is no credit.
     */
    private static void wholeNewsroom(ArticleView view, Block block, String subject, int subjectStart, Matcher contributed,
                                      List<Attribution> found) {
        if (!contributed.group().toLowerCase(java.util.Locale.ROOT).contains("to this")) {
            return;
        }
        String name = subject.strip();
        view.targets().known(name).filter(t -> view.targets().agency(name).isEmpty()).ifPresent(t -> {
            int start = block.start() + subjectStart;
            int end = block.start() + contributed.end();
            found.add(Findings.inBody(view, MaterialCreditRule.trim(view, start, end), end,
                    Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT, t, 0.8, ID,
                    t.name() + " is credited as contributing to the report."));
        });
    }

    /** Lower-case words a bare "X contributed." credit may hold besides names: roles, places, connectors. */
    private static final Pattern CREDIT_WORD = Pattern.compile(
            "(?iu)and|&|the|also|in|from|of|writers?|reporters?|correspondents?|journalists?|staff|photographers?|"
                    + "producers?|editors?|researchers?|news|video|contributors?");

    /** The subject is a list of names and roles ("Associated Press writers Jane Roe in Rome and John Doe"). */
    private static boolean nameList(String subject) {
        for (String word : subject.split("[\\s,;]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && !CREDIT_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return !subject.isBlank() && subject.length() <= 160;
    }

    private static int sentenceStart(String text, int before) {
        int start = 0;
        Matcher m = SENTENCE_BREAK.matcher(text);
        while (m.find() && m.end() <= before) {
            start = m.end();
        }
        return start;
    }
}
