package io.wiretrace.reuse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Experiment (issue 14, court reporting): the facts of a later text L that its earlier text E never writes, read clause
 * by clause. A fact is a number (a token with a digit), a name (an unquoted content word written with a capital except
 * at a sentence start) or a quoted content word; it is new when E writes its stem nowhere (quotations included). An
 * independent reporter adds facts of their own; a copy, however reworded, adds almost none.
 */
final class NewFacts {

    /** Clause boundaries inside a sentence. */
    private static final Pattern CLAUSE = Pattern.compile("(?<!\\d)[,:]|[,:](?!\\d)|[;()\\u2014\\u2013]|\\s-\\s");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /**
     * The measures of L against E.
     *
     * @param clauseShare share of L's words in clauses holding a new number, name or quoted word
     * @param clauseShareNoQuotes the same, quoted words not counted
     * @param perHundred new facts (distinct stems) per 100 words of L
     * @param perHundredNoQuotes the same, quoted words not counted
     * @param numbersNamesShare share of L's numbers and names that are new
     * @param facts the new facts (stems)
     */
    record Measures(double clauseShare, double clauseShareNoQuotes, double perHundred, double perHundredNoQuotes,
            double numbersNamesShare, Set<String> facts) {
    }

    Measures measure(String later, String earlier) {
        Set<String> eStems = new HashSet<>();
        for (String t : normalizer.normalize(earlier).tokens()) {
            eStems.add(LexicalSentenceEmbedder.stem(t));
        }
        boolean[] quoted = QuotedSpeech.mask(later);
        int words = 0;
        int inFactClauses = 0;
        int inFactClausesNoQuotes = 0;
        Set<String> newFacts = new HashSet<>();
        Set<String> newNoQuotes = new HashSet<>();
        Set<String> numbersNames = new HashSet<>();
        Set<String> newNumbersNames = new HashSet<>();
        for (Sentence s : splitter.split(later)) {
            List<int[]> clauses = clauses(s.text());
            boolean first = true;
            for (int[] c : clauses) {
                String text = s.text().substring(c[0], c[1]);
                NormalizedText nt = normalizer.normalize(text);
                boolean fact = false;
                boolean factNoQuotes = false;
                for (int i = 0; i < nt.size(); i++) {
                    String t = nt.tokens().get(i);
                    int at = s.start() + c[0] + nt.charStart(i);
                    boolean q = quoted[at];
                    boolean sentenceStart = first && i == 0;
                    boolean number = t.chars().anyMatch(Character::isDigit);
                    boolean name = !q && !number && ContentWords.isContent(t) && !sentenceStart
                            && Character.isUpperCase(later.charAt(at));
                    boolean quotedWord = q && !number && ContentWords.isContent(t);
                    if (!number && !name && !quotedWord) {
                        continue;
                    }
                    String stem = number ? t : LexicalSentenceEmbedder.stem(t);
                    if (number || name) {
                        numbersNames.add(stem);
                    }
                    if (eStems.contains(stem)) {
                        continue;
                    }
                    fact = true;
                    newFacts.add(stem);
                    if (number || name) {
                        factNoQuotes = true;
                        newNoQuotes.add(stem);
                        newNumbersNames.add(stem);
                    }
                }
                words += nt.size();
                inFactClauses += fact ? nt.size() : 0;
                inFactClausesNoQuotes += factNoQuotes ? nt.size() : 0;
                first = first && nt.size() == 0;
            }
        }
        if (words == 0) {
            return new Measures(0, 0, 0, 0, 0, Set.of());
        }
        return new Measures((double) inFactClauses / words, (double) inFactClausesNoQuotes / words,
                100.0 * newFacts.size() / words, 100.0 * newNoQuotes.size() / words,
                numbersNames.isEmpty() ? 0 : (double) newNumbersNames.size() / numbersNames.size(), newFacts);
    }

    /** A sentence's clauses as [start, end) offsets, split at commas, semicolons, colons, brackets and dashes. */
    private static List<int[]> clauses(String sentence) {
        List<int[]> out = new java.util.ArrayList<>();
        Matcher m = CLAUSE.matcher(sentence);
        int from = 0;
        while (m.find()) {
            out.add(new int[] {from, m.start()});
            from = m.end();
        }
        out.add(new int[] {from, sentence.length()});
        return out;
    }
}
