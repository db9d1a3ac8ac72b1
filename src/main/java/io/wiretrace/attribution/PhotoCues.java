package io.wiretrace.attribution;

import java.util.regex.Pattern;

/** Recognises photo, video and chart credits, which name who made an image, not where the text came from. */
final class PhotoCues {

    private static final Pattern CUES = Pattern.compile(
            "(?iu)\\b(?:photo|photos|photograph|pic|picture|image|images|imagen|imagem|foto|fotos|fotó|bild|bilder|"
                    + "video|vídeo|vidéo|illustration|grafik|graphic|chart|gráfico|graphique|infographic|credit|"
                    + "crédito|crédit|getty|shutterstock|istock|scanpix|afp\\.com|pool|cortesía|courtesy|"
                    + "file photo|archivbild|archive|archivo|kuva|zdjęcie|fotograf)\\b");

    private PhotoCues() {
    }

    /** True when the text reads like a photo/video/chart credit or caption. */
    static boolean present(String text) {
        return CUES.matcher(text).find();
    }
}
