package io.wiretrace.url;

import java.util.regex.Pattern;

/**
 * Social networks, sharing buttons' targets and reader services: a link to one of them names where a story was shared
 * or read aloud, never where it came from. Pure functions, thread-safe.
 */
public final class SharingSites {

    private static final Pattern SHARING = Pattern.compile("(?i)(?:^|\\.)(?:twitter|x|facebook|instagram|youtube|"
            + "tiktok|linkedin|reddit|pinterest|whatsapp|telegram|t|wa|digg|stumbleupon|getpocket|flipboard|"
            + "delicious|tumblr|vk|weibo|line|threads|bsky|mastodon|plus\\.google|news\\.google|apple|readspeaker)"
            + "\\.[a-z.]+$");

    private SharingSites() {
    }

    /** Whether the identity host ({@link Hosts#of}) is, or is a subdomain of, a sharing site; false for null. */
    public static boolean isSharing(String host) {
        return host != null && SHARING.matcher(host).find();
    }
}
