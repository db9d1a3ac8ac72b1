package io.wiretrace.attribution;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises photo, video and chart credits, which name who made an image, not where the text came from. */
final class PhotoCues {

    // a word set rather than one big regex alternation: this runs on most body lines
    private static final Set<String> WORDS = Set.of(
            "photo", "photos", "photograph", "pic", "picture", "image", "images", "imagen", "imagem", "foto", "fotos",
            "fotó", "bild", "bilder", "video", "vídeo", "vidéo", "illustration", "grafik", "graphic", "chart",
            "gráfico", "graphique", "infographic", "credit", "crédito", "crédit", "getty", "shutterstock", "istock",
            "scanpix", "pool", "cortesía", "courtesy", "archivbild", "archive", "archivo", "kuva", "zdjęcie",
            "fotograf");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private PhotoCues() {
    }

    /** True when the text reads like a photo/video/chart credit or caption. */
    static boolean present(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("afp.com")) {
            return true;
        }
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            if (WORDS.contains(m.group())) {
                return true;
            }
        }
        return false;
    }
}
