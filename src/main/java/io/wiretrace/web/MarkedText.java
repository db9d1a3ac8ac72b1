package io.wiretrace.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A body text cut into paragraphs and pieces so that spans of it (attributions, classed sentences) can be
 * highlighted by offsets without writing HTML in Java: the template escapes each piece. Spans may overlap; a piece
 * covered by several shows the one that starts first (the longest on a tie). Offsets outside the text are clipped.
 *
 * @param paragraphs the text split at blank lines, each a list of pieces
 */
public record MarkedText(List<Paragraph> paragraphs) {

    /**
     * A span to highlight.
     *
     * @param start  offset into the text
     * @param end    end offset (exclusive)
     * @param id     HTML id for the first piece of the span (an anchor other parts of the page link to), or null
     * @param css    class names
     * @param title  tooltip: what the span is
     * @param tag    short label shown after the span (kind, target, confidence), or null
     * @param href   where the span links to (its counterpart), or null
     */
    public record Span(int start, int end, String id, String css, String title, String tag, String href) {
    }

    /** A run of text; {@code span} is null for plain text. {@code first}/{@code last}: piece opens/closes its span. */
    public record Piece(String text, Span span, boolean first, boolean last) {
        public boolean marked() {
            return span != null;
        }
    }

    /** One paragraph. */
    public record Paragraph(List<Piece> pieces) {
    }

    public static MarkedText of(String text, List<Span> spans) {
        String body = text == null ? "" : text;
        List<Span> valid = new ArrayList<>();
        for (Span s : spans) {
            int start = Math.max(0, s.start());
            int end = Math.min(body.length(), s.end());
            if (start < end) {
                valid.add(new Span(start, end, s.id(), s.css(), s.title(), s.tag(), s.href()));
            }
        }
        valid.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
        valid.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        int from = 0;
        int breakAt;
        while ((breakAt = body.indexOf("\n\n", from)) >= 0) {
            cuts.add(breakAt);
            from = breakAt + 2;
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                String piece = body.substring(prev, cut);
                if (piece.startsWith("\n\n")) {
                    addParagraph(paragraphs, current);
                    current = new ArrayList<>();
                    piece = piece.substring(2);
                }
                if (!piece.isEmpty()) {
                    Span s = covering(valid, prev, cut);
                    current.add(new Piece(piece, s, s != null && s.start() >= prev, s != null && s.end() <= cut));
                }
            }
            prev = cut;
        }
        addParagraph(paragraphs, current);
        return new MarkedText(List.copyOf(paragraphs));
    }

    private static void addParagraph(List<Paragraph> paragraphs, List<Piece> pieces) {
        if (pieces.stream().anyMatch(p -> !p.text().isBlank())) {
            paragraphs.add(new Paragraph(List.copyOf(pieces)));
        }
    }

    private static Span covering(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() <= start && s.end() >= end) {
                return s;
            }
        }
        return null;
    }
}
