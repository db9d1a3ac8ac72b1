package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.MarkupSignal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Republication notices: "This article is republished from The Conversation under a Creative Commons license",
 * "This story was originally published by X", "originally appeared on X", "Reprinted with permission from X",
 * "first appeared on X", and their French, Spanish, Portuguese, German, Italian, Dutch, Danish, Polish, Czech and
 * Turkish forms, and a feed's footer "The post &lt;title&gt; appeared first on X"; in the story's lines and in the
 * lines right after it that body extraction leaves out (a notice in a box of its own). The phrase must open a sentence: "the study,
 * originally published in Nature, found" is a citation, not a notice. Words that say where the page went ("reprinted
 * on Wired.com") are not matched.
 */
final class RepublicationRule implements Rule {

    static final String ID = "republication.notice";
    static final String FOOTER_ID = "footer.originally-published";
    private static final Pattern ORIGINALLY_FOOTER = Pattern.compile("(?i)originally (?:published|posted) (?:at|on) ");

    /** Where a notice may start: the line start, after a sentence end or an opening bracket. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?<=[.!?:)\\]—–])\\s{1,3}(?=\\S)|(?<=[(\\[*])");
    /** A notice found in a line: where it starts, where the credited name ends, whom it credits. */
    private record Found(int start, int end, Target target, boolean footer) {
    }

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.blocks()) {
            boolean closing = block.index() >= view.blocks().size() - ArticleView.TAIL_LINES * 2;
            Optional<Found> notice = notice(view, block.text(), block.lower(), closing);
            if (notice.isEmpty()) {
                continue;
            }
            Found f = notice.get();
            int start = block.start() + f.start();
            int end = block.start() + f.end();
            if (isQuestion(view.body(), end)) {
                continue; // "Reprinted with permission from X?" asks, it does not state
            }
            boolean edge = block.index() < ArticleView.HEAD_LINES || closing;
            found.add(Findings.inBody(view, start, end, Findings.lineLocation(view, block),
                    f.footer() ? AttributionKind.ORIGINAL_SOURCE : AttributionKind.REPUBLISHED_FROM, f.target(),
                    edge ? 0.9 : 0.75, f.footer() ? FOOTER_ID : ID,
                    "A republication notice says the text first appeared at " + f.target().name() + "."));
        }
        // the lines right after the story that body extraction leaves out (a notice in a box of its own, a link)
        for (MarkupSignal signal : view.article().markup()) {
            if (signal.source() != MarkupSignal.Source.TEXT || !TailLineRule.SIGNAL.equals(signal.name())
                    || signal.value() == null) {
                continue;
            }
            String line = signal.value().strip();
            if (view.inBody(line)) {
                continue; // read above as the story's own line
            }
            notice(view, line, line.toLowerCase(java.util.Locale.ROOT), true)
                    .filter(f -> !line.endsWith("?"))
                    .ifPresent(f -> found.add(Findings.outside(line, Findings.FOOTER,
                            f.footer() ? AttributionKind.ORIGINAL_SOURCE : AttributionKind.REPUBLISHED_FROM, f.target(),
                            0.9 - Findings.OUTSIDE_BODY_DISCOUNT, f.footer() ? FOOTER_ID : ID,
                            "A republication notice right after the story says the text first appeared at "
                                    + f.target().name() + ".")));
        }
        return found;
    }

    /**
     * Each notice's word group by the notice's index, numbered from 0 (several notices share one group, which a line
     * is searched for once).
     */
    private static final int[] GROUP_OF = groups(RepublicationNotices.ALL);
    private static final int GROUP_COUNT = java.util.Arrays.stream(GROUP_OF).max().orElse(-1) + 1;
    private static final byte IN = 1;
    private static final byte NOT_IN = 2;

    private static int[] groups(List<RepublicationNotices.Notice> notices) {
        Map<List<String>, Integer> index = new IdentityHashMap<>();
        int[] groupOf = new int[notices.size()];
        for (int n = 0; n < groupOf.length; n++) {
            groupOf[n] = index.computeIfAbsent(notices.get(n).words(), words -> index.size());
        }
        return groupOf;
    }

    /** The first notice opening a sentence of {@code text}, offsets relative to it. */
    private static Optional<Found> notice(ArticleView view, String text, String lower, boolean closing) {
        byte[] groupsIn = new byte[GROUP_COUNT]; // per word group: 0 not yet looked for, else IN or NOT_IN
        List<Integer> starts = null;
        List<String> windows = null;
        for (int n = 0; n < RepublicationNotices.ALL.size(); n++) {
            RepublicationNotices.Notice notice = RepublicationNotices.ALL.get(n);
            if (notice.closing() && !closing) {
                continue;
            }
            int group = GROUP_OF[n];
            if (groupsIn[group] == 0) {
                groupsIn[group] = anyIn(lower, notice.words()) ? IN : NOT_IN;
            }
            if (groupsIn[group] == NOT_IN) {
                continue;
            }
            if (starts == null) {
                starts = sentenceStarts(text);
                windows = windows(text, starts);
            }
            Matcher m = atSentenceStart(notice, text, starts, windows);
            if (m == null) {
                continue;
            }
            String name = CreditedName.cut(m.group("who"));
            if (notice.closing() && !name.equals(m.group("who").strip())) {
                continue; // the footer ends with the publisher's name: "... on Valmere Times and was shared" is prose
            }
            Optional<Target> target = name.isEmpty() ? Optional.empty() : resolve(view, name, m.group("who"));
            if (target.isEmpty()) {
                continue;
            }
            int start = m.start() + leadingSpace(m.group());
            int end = m.start("who") + m.group("who").indexOf(name) + name.length();
            if (isCitation(m.group().substring(0, m.start("who") - m.start()))) {
                continue;
            }
            // a bare "Originally published at X" footer is the original_source form
            boolean footer = ORIGINALLY_FOOTER.matcher(text).region(start, end).lookingAt();
            return Optional.of(new Found(start, end, target.get(), footer));
        }
        return Optional.empty();
    }

    private static List<Integer> sentenceStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = SENTENCE_START.matcher(text);
        while (m.find()) {
            starts.add(m.end());
        }
        return starts;
    }

    /**
     * Every notice names one of its words within its first {@value #WINDOW} characters (before the credited name), so
     * a sentence start whose window holds none of them cannot match: the pattern is tried only where it can.
     */
    static final int WINDOW = 100;

    private static List<String> windows(String text, List<Integer> starts) {
        List<String> windows = new ArrayList<>(starts.size());
        for (int start : starts) {
            windows.add(text.substring(start, Math.min(text.length(), start + WINDOW)).toLowerCase(java.util.Locale.ROOT));
        }
        return windows;
    }

    private static boolean anyIn(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The notice matched at the start of the line or of one of its sentences, else null. */
    private static Matcher atSentenceStart(RepublicationNotices.Notice notice, String text, List<Integer> starts,
                                           List<String> windows) {
        Matcher m = notice.pattern().matcher(text);
        for (int i = 0; i < starts.size(); i++) {
            String window = windows.get(i);
            if (!anyIn(window, notice.words())) {
                continue;
            }
            m.region(starts.get(i), text.length());
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    private static Optional<Target> resolve(ArticleView view, String name, String mention) {
        Optional<Target> known = view.targets().known(name);
        if (known.isPresent()) {
            return known;
        }
        if (!CreditedName.looksLikeName(name) || PersonNames.isPerson(name)) {
            return Optional.empty(); // "with permission from Jane Roe": a person, not a publication
        }
        for (String word : name.split("\\s+")) {
            if (io.wiretrace.outlet.Domains.looksLikeDomain(word)) {
                return view.targets().known(word); // "Blog DoSchu.Com" is the domain's own name
            }
        }
        return Optional.of(Targets.unknownName(name));
    }

    private static final Pattern DEFINITE = Pattern.compile("(?iu)^\\s*(?:l['’]|the |o |a |el |der |die |das |il |het |de )");
    private static final Pattern NOTICE_WORD = Pattern.compile("(?iu)original|first|previous|initialement|d'abord|"
            + "à l'origine|précédemment|inicialmente|primera vez|primeira vez|prima volta|zuerst|zunächst|ursprünglich|"
            + "erstmals|eerder|eerst|republi|reprodu|reprint|repost|permission|autoriza|autorisation|permiso|permissão|"
            + "permesso|concessione|genehmigung|ripubblic|"
            + "syndicated|adapted|excerpted");

    /**
     * "L'article publié dans Libération ...", "O texto publicado no Diário Oficial ...": a definite article and a bare
     * "published in", with no "originally" or "republished", refer to a document the story discusses.
     */
    private static boolean isCitation(String phrase) {
        return DEFINITE.matcher(phrase).find() && !NOTICE_WORD.matcher(phrase).find();
    }

    private static boolean isQuestion(String body, int end) {
        int i = end;
        while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '"' || body.charAt(i) == '”')) {
            i++;
        }
        return i < body.length() && body.charAt(i) == '?';
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
