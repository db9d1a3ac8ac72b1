package io.wiretrace.web;

import java.util.List;

/**
 * The home page: the check form, a search and its results, and the newest articles.
 *
 * @param searched   true when a search was asked for (then {@code results} and {@code total} hold its answer)
 * @param totalExact false when {@code total} is the database's estimate (many matches)
 * @param check      what the check form holds: empty, or what was sent when checking it failed
 * @param checkError why checking what was sent failed, or null
 */
public record HomePage(String q, String url, String outlet, boolean searched, List<ArticleRow> results, long total,
                       boolean totalExact, List<ArticleRow> recent, CheckForm check, String checkError) {

    public HomePage {
        check = check == null ? CheckForm.EMPTY : check;
    }
}
