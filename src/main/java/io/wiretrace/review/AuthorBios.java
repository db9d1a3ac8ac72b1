package io.wiretrace.review;

import io.wiretrace.reuse.NormalizedText;
import io.wiretrace.reuse.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an author bio and its topic words, and measures whether the article is about that topic. A bio is a
 * paragraph in the last half of the text that opens with a name (one to four capitalised words) and "is/was/has
 * been", names a writing role (journalist, writer, reporter…) within its first 160 characters, and states a subject
 * with a cue ("covers", "focusing on", "specializes in", "writes about", "degree in"…). Its topic words are the content
 * words of the phrases after those cues (a list may run over commas, up to a clause), minus career words (years,
 * experience…). Words are compared by their first
 * five letters so "education" meets "educational".
 */
final class AuthorBios {

    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]+)*");
    private static final Pattern OPENING = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*\\s+"
            + "(?:is|was|has been)\\b.{0,140}?\\b(?:journalist|writer|reporter|editor|correspondent|author|contributor"
            + "|columnist|blogger|freelancer|storyteller)s?\\b", Pattern.DOTALL);
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:covers|covering|focus(?:es|ing)? on|speciali[sz](?:es|ing)"
            + " in|writes about|writing about|reports on|reporting on|degree in|expertise in|passionate about|passion for)"
            + "\\s+([^.;:!?()]{3,160}?)(?=[.;:!?()]|,\\s*(?:her|his|their|she|he|they|which|who|where|while|with|whose"
            + "|and (?:has|have|is|was))\\b|$)");
    private static final Set<String> CAREER_WORDS = Set.of("year", "years", "experience", "career", "journalism",
            "journalistic", "reporting", "writing", "nearly", "over", "more", "than", "work", "award", "awards", "news",
            "stories", "story", "various", "topics", "issues", "including", "related", "matters", "latest", "world",
            "such", "their", "with", "from", "about", "other", "areas", "field", "fields", "also", "several", "and", "the",
            "for", "her", "his", "its", "all", "new");
    static final int STEM = 5;

    private final TextNormalizer normalizer;

    AuthorBios(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    Optional<AuthorBio> find(String body) {
        Matcher p = PARAGRAPH.matcher(body);
        while (p.find()) {
            String text = p.group().strip();
            int start = p.start() + p.group().indexOf(text);
            if (start < body.length() / 2 || !OPENING.matcher(text).find()) {
                continue;
            }
            List<String> topic = topicWords(text);
            if (!topic.isEmpty()) {
                return Optional.of(new AuthorBio(text, start, start + text.length(), topic));
            }
        }
        return Optional.empty();
    }

    private List<String> topicWords(String bio) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CUE.matcher(bio);
        while (m.find()) {
            for (String w : normalizer.tokens(m.group(1))) {
                if (w.length() >= 3 && !CAREER_WORDS.contains(w) && !Character.isDigit(w.charAt(0))) {
                    out.add(w);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Topic words that occur in {@code body} outside {@code [skipFrom, skipTo)}. */
    List<String> presentIn(List<String> topicWords, String body, int skipFrom, int skipTo) {
        NormalizedText n = normalizer.normalize(body);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n.size(); i++) {
            if (n.starts()[i] >= skipFrom && n.starts()[i] < skipTo) {
                continue;
            }
            counts.merge(stem(n.tokens().get(i)), 1, Integer::sum);
        }
        return topicWords.stream().filter(w -> counts.containsKey(stem(w))).toList();
    }

    static String stem(String w) {
        return w.length() <= STEM ? w : w.substring(0, STEM);
    }
}
