package io.wiretrace.attribution;

import java.util.regex.Pattern;

/**
 * Whether a line names a newsroom's brand studio or commerce desk rather than its newsroom: "Reuters Plus", "Bloomberg
 * Media Studios", "Guardian Labs", "WP Creative Group", "T Brand Studio", "CNN Underscored". Such lines sign paid or
 * shopping content ("This content is produced by Reuters Plus, the brand marketing studio of Reuters"), which copies
 * nothing from the newsroom: an agency's or outlet's name before these words credits no one. From the studios' own
 * pages (reutersplus.com, bloombergmedia.com/studios, theguardian.com/guardian-labs, washingtonpost.com/brand-studio,
 * nytimes.com T Brand Studio, cnn.com/cnn-underscored), read 2026-12-07.
 */
final class BrandStudios {

    private static final Pattern STUDIO = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:plus|media\\s+studios?|studios|labs|brand\\s*studio|brandstudio|creative\\s+(?:group|works|studio)|"
                    + "underscored|brand\\s+marketing|branded\\s+content|partner\\s+studio)(?!\\p{L})");

    private BrandStudios() {
    }

    static boolean named(String line) {
        return STUDIO.matcher(line).find();
    }
}
