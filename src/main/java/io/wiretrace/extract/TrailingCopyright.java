package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Copyright lines that follow the article on the page ("© 2008 The Associated Press", "Copyright © 2008 AFP. All rights
 * reserved."): they say who owns the copy, but they are not article text (and a site's own line would join unrelated
 * stories of one site as reused text), so they are kept as {@link MarkupSignal.Source#TEXT} signals, not in the body.
 * Only the text that comes after the article's last paragraph is read, up to {@value #MAX_ELEMENTS} elements and
 * {@value #MAX_OTHER_TEXT} characters of other text (what lies further down belongs to the site, not the story);
 * lines in figures and captions are photo credits and are skipped. Stateless.
 */
final class TrailingCopyright {

    static final int MAX_ELEMENTS = 250;
    static final int MAX_OTHER_TEXT = 1000;
    static final int MAX_LINES = 3;
    private static final int MAX_LINE = 250;
    private static final Pattern LINE = Pattern.compile("(?iu)^[(\\[]?\\s*(?:copyright\\b|©|\\(c\\)\\s).{2,250}$");

    private TrailingCopyright() {
    }

    /**
     * The copyright lines from {@code start} on, in page order; never null.
     *
     * @param start where the story's tail starts in the page's elements ({@link #start}), or -1 for none
     */
    static List<MarkupSignal> after(PageIndex page, int start) {
        List<MarkupSignal> found = new ArrayList<>();
        if (start < 0) {
            return found;
        }
        Elements all = page.all;
        int i = start;
        int other = 0;
        for (int seen = 0; i < all.size() && seen < MAX_ELEMENTS && found.size() < MAX_LINES; i++, seen++) {
            Element e = all.get(i);
            if (Hints.isHidden(e) || e.nameIs("script") || e.nameIs("style")) {
                continue;
            }
            String own = OwnText.maxLength(e) == 0 ? "" : e.ownText().replace('\u00a0', ' ').strip();
            if (own.isEmpty()) {
                continue;
            }
            if (own.length() <= MAX_LINE && LINE.matcher(own).matches() && !inFigure(e)) {
                String line = SIGN_ONLY.matcher(own).matches() ? withHolder(all, i, own) : own;
                found.add(new MarkupSignal(MarkupSignal.Source.TEXT, "copyright", line, line));
                continue;
            }
            other += own.length();
            if (other > MAX_OTHER_TEXT) {
                break;
            }
        }
        return found;
    }

    /**
     * Where reading starts: after the article's last paragraph of its own text ({@value #PARAGRAPH} characters or
     * more) inside {@code last}, so that the story tools and the copyright cell a template keeps in the story's own
     * container ("More Articles | Print | © Reuters") are read; after {@code last}'s subtree when it holds no such
     * paragraph. Lines above the last paragraph (a photo's credit under the headline) are never read. An index into
     * {@code page.all}, or -1 when {@code last} is not on the page.
     */
    static int start(PageIndex page, Element last) {
        Elements all = page.all;
        int from = all.indexOf(last);
        if (from < 0) {
            return -1;
        }
        int end = page.subtreeEnd(from);
        // the last paragraph decides: searched from the end, so that only the story's tail has its own text built
        for (int i = end - 1; i >= from; i--) {
            Element e = all.get(i);
            if (OwnText.maxLength(e) < PARAGRAPH) {
                continue;
            }
            String own = e.ownText();
            if (own.length() >= PARAGRAPH && !LINE.matcher(own.strip()).matches()) {
                return afterLastText(page, e, i);
            }
        }
        return end;
    }

    /**
     * The index of the first element after {@code e}'s last text of its own: a story written as text nodes between
     * {@code <p>} tags in one cell has its photo table before that text and its story tools after it.
     */
    private static int afterLastText(PageIndex page, Element e, int index) {
        int offset = 1;
        int after = page.subtreeEnd(index) - index;
        for (org.jsoup.nodes.Node child : e.childNodes()) {
            if (child instanceof Element) {
                offset = page.subtreeEnd(index + offset) - index; // the child is the element at index + offset
            } else if (child instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                after = offset;
            }
        }
        return index + after;
    }

    /** Own text this long is a paragraph of the article. */
    private static final int PARAGRAPH = 100;

    /** A sign and a year with no holder: "© 2008", "Copyright (c) 2007". */
    private static final Pattern SIGN_ONLY = Pattern.compile(
            "(?iu)^[(\\[]?\\s*(?:copyright\\s*(?:©|\\(c\\))?|©|\\(c\\))\\s*(?:\\d{4}\\s*(?:[-–]\\s*\\d{4})?)?\\s*[,.:]?$");
    /** How many elements after a holder-less sign are searched for the holder's name, and how long it may be. */
    private static final int HOLDER_ELEMENTS = 4;
    private static final int MAX_HOLDER = 80;

    /**
     * "© 2008" in one table cell or span and "The Associated Press" in the next: the holder printed in an element of its
     * own right after the sign is part of the line.
     */
    private static String withHolder(Elements all, int at, String sign) {
        for (int j = at + 1; j < all.size() && j <= at + HOLDER_ELEMENTS; j++) {
            String text = all.get(j).ownText().replace('\u00a0', ' ').strip();
            if (text.isEmpty()) {
                continue;
            }
            return text.length() <= MAX_HOLDER && Character.isLetter(text.codePointAt(0)) ? sign + " " + text : sign;
        }
        return sign;
    }

    /** The signal of a copyright element of a news markup ({@link #elements}). */
    static final String ELEMENT = "copyright-element";
    /**
     * NITF's copyright elements ({@code <copyrite>}, in its {@code body.end}) and the custom {@code <copyrightline>} /
     * {@code <copyright>} that newspaper and broadcaster systems of the 2000s left in their pages around the story.
     */
    private static final java.util.Set<String> NOTICE_ELEMENTS = java.util.Set.of("copyrite", "copyrightline", "copyright",
            "doc.copyright");
    /** NITF's {@code <doc.copyright holder="Reuters" year="2008"/>}: the holder is an attribute, the element empty. */
    private static final String DOC_COPYRIGHT = "doc.copyright";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** "Copyright 2008 Reuters" from NITF's {@code doc.copyright} attributes; empty without a holder. */
    private static String holderLine(Element e) {
        String holder = Whitespace.collapseWithNoBreak(e.attr("holder")).strip();
        String year = e.attr("year").strip();
        return holder.isEmpty() ? "" : "Copyright " + (YEAR.matcher(year).matches() ? year + " " : "") + holder;
    }

    /**
     * The copyright lines of the page's copyright elements ({@code <copyrightline>Copyright 2008 The Associated
     * Press</copyrightline>}), wherever the template put them, above the story too: the element's name says the line
     * is the story's notice, not a picture's or the site's. Hidden ones and those in figures are skipped.
     */
    static List<MarkupSignal> elements(PageIndex page) {
        List<MarkupSignal> found = new ArrayList<>();
        for (Element e : page.all) {
            if (!NOTICE_ELEMENTS.contains(e.normalName()) || Hints.isHidden(e) || inFigure(e)) {
                continue;
            }
            String text = e.nameIs(DOC_COPYRIGHT) ? holderLine(e) : Whitespace.collapseWithNoBreak(e.text()).strip();
            if (text.length() <= MAX_LINE && LINE.matcher(text).matches() && found.size() < MAX_LINES) {
                found.add(new MarkupSignal(MarkupSignal.Source.TEXT, ELEMENT, text, text));
            }
        }
        return found;
    }

    private static boolean inFigure(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.nameIs("figure") || a.nameIs("figcaption")) {
                return true;
            }
        }
        return false;
    }
}
