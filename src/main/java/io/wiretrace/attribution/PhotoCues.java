package io.wiretrace.attribution;

import java.util.Locale;
import java.util.Set;

/** Recognises photo, video and chart credits, which name who made an image, not where the text came from. */
final class PhotoCues {

    // a word set rather than one big regex alternation: this runs on most body lines
    private static final Set<String> WORDS = Set.of(
            "photo", "photos", "photograph", "pic", "picture", "image", "images", "imagen", "imagem", "foto", "fotos",
            "fotó", "bild", "bilder", "video", "vídeo", "vidéo", "illustration", "grafik", "graphic", "chart",
            "gráfico", "graphique", "infographic", "credit", "crédito", "crédit", "getty", "shutterstock", "istock",
            "scanpix", "pool", "cortesía", "courtesy", "archivbild", "archive", "archivo", "kuva", "zdjęcie",
            "fotograf");
    /** Lengths of the shortest and longest cue: a run of letters of another length is not looked up. */
    private static final int MIN_LENGTH = WORDS.stream().mapToInt(String::length).min().orElseThrow();
    private static final int MAX_LENGTH = WORDS.stream().mapToInt(String::length).max().orElseThrow();

    private PhotoCues() {
    }

    /** True when the text reads like a photo/video/chart credit or caption. */
    static boolean present(String text) {
        return presentInLowerCase(text.toLowerCase(Locale.ROOT));
    }

    /** {@link #present(String)} of a body line, whose lower-cased text is already at hand. */
    static boolean present(Block block) {
        return presentInLowerCase(block.lower());
    }

    /**
     * Whether a maximal run of letters ({@code \p{L}}, by code point) is a cue word. A loop rather than a regex
     * search: this runs on most body lines, several times per line.
     */
    private static boolean presentInLowerCase(String lower) {
        if (lower.contains("afp.com")) {
            return true;
        }
        int i = 0;
        int n = lower.length();
        while (i < n) {
            int cp = lower.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(cp = lower.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            int length = i - start;
            if (length >= MIN_LENGTH && length <= MAX_LENGTH && WORDS.contains(lower.substring(start, i))) {
                return true;
            }
        }
        return false;
    }
}
