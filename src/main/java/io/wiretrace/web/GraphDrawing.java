package io.wiretrace.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A graph laid out for drawing as SVG: nodes in columns by their distance from a root, edges as curves with a label
 * at their middle. Pure geometry; the template writes the SVG (and escapes every label). Immutable.
 *
 * @param width  drawing width in SVG units
 * @param height drawing height
 * @param boxes  one per node
 * @param lines  one per edge whose ends are both drawn
 */
public record GraphDrawing(int width, int height, List<Box> boxes, List<Line> lines) {

    static final int BOX_W = 200;
    static final int BOX_H = 58;
    static final int COL_GAP = 130;
    static final int ROW_GAP = 34;
    static final int MARGIN = 16;

    /** A node to draw: {@code css} is a class name such as "agency" or "self"; {@code href} may be null. */
    public record Spot(String id, String label, String subtitle, String href, String css) {
    }

    /**
     * An edge to draw from {@code from} to {@code to}; {@code flag} (may be null) marks it as uncredited reuse and is
     * written under the label; {@code href} points at its evidence, may be null.
     */
    public record Link(String from, String to, String label, String flag, String href, boolean directed) {
        public Link(String from, String to, String label, String flag, String href) {
            this(from, to, label, flag, href, true);
        }

        public boolean marked() {
            return flag != null;
        }
    }

    /** A laid-out node; {@code title} is the full label for the tooltip. */
    public record Box(String id, String label, String title, String subtitle, String href, String css, int x, int y,
                      int w, int h) {
        public int textX() {
            return x + 10;
        }

        public int labelY() {
            return y + 24;
        }

        public int subtitleY() {
            return y + 44;
        }
    }

    /**
     * A laid-out edge: an SVG path, and where its label goes. {@code marked}: uncredited reuse; {@code directed}
     * false: no rule could say which side took from which (drawn without an arrowhead).
     */
    public record Line(String path, int labelX, int labelY, String label, String flag, String href, boolean directed) {
        public boolean marked() {
            return flag != null;
        }

        /** Where the "uncredited" flag goes, under the label. */
        public int flagY() {
            return labelY + 14;
        }
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    /**
     * Lays out nodes in columns: the root first, then each node one column after the nearest node it is reached
     * from. {@code forward} follows edges from {@code from} to {@code to} (a chain: derived to source); otherwise
     * against them (a tree: source to derivatives). Nodes not reached that way are placed by undirected distance,
     * and any still unreached in a last column.
     */
    public static GraphDrawing layered(List<Spot> spots, List<Link> links, String rootId, boolean forward) {
        Map<String, Spot> byId = new LinkedHashMap<>();
        spots.forEach(s -> byId.putIfAbsent(s.id(), s));
        return inColumns(List.copyOf(byId.values()), columns(byId, links, rootId, forward), links);
    }

    /** Lays out nodes in the columns given (every spot must have one), rows in the order given. */
    public static GraphDrawing inColumns(List<Spot> spots, Map<String, Integer> column, List<Link> links) {
        Map<Integer, Integer> rowsUsed = new HashMap<>();
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (Spot s : spots) {
            int col = column.get(s.id());
            int row = rowsUsed.merge(col, 1, Integer::sum) - 1;
            int x = MARGIN + col * (BOX_W + COL_GAP);
            int y = MARGIN + row * (BOX_H + ROW_GAP);
            boxes.put(s.id(), new Box(s.id(), Links.shorten(s.label(), 25), s.label(), Links.shorten(s.subtitle(), 32),
                    s.href(), s.css(), x, y, BOX_W, BOX_H));
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seenPairs = new HashMap<>();
        for (Link l : links) {
            Box a = boxes.get(l.from());
            Box b = boxes.get(l.to());
            if (a == null || b == null || a == b) {
                continue;
            }
            int repeat = seenPairs.merge(l.from() + "\u0000" + l.to(), 1, Integer::sum) - 1;
            lines.add(line(a, b, l, repeat));
        }
        int cols = column.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        int rows = rowsUsed.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int width = Math.max(2 * MARGIN, 2 * MARGIN + cols * BOX_W + Math.max(0, cols - 1) * COL_GAP);
        int height = Math.max(2 * MARGIN, 2 * MARGIN + rows * BOX_H + Math.max(0, rows - 1) * ROW_GAP + 20);
        return new GraphDrawing(width, height, List.copyOf(boxes.values()), lines);
    }

    private static Map<String, Integer> columns(Map<String, Spot> spots, List<Link> links, String rootId,
                                                boolean forward) {
        Map<String, Integer> column = new HashMap<>();
        if (spots.containsKey(rootId)) {
            spread(column, rootId, links, forward, false);
            spread(column, rootId, links, forward, true);
        }
        int last = column.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (String id : spots.keySet()) {
            column.putIfAbsent(id, Math.max(0, last));
        }
        return column;
    }

    /** Breadth-first distances from the root; {@code undirected} only fills in nodes not placed yet. */
    private static void spread(Map<String, Integer> column, String rootId, List<Link> links, boolean forward,
                               boolean undirected) {
        Map<String, Integer> seen = new HashMap<>(column);
        seen.putIfAbsent(rootId, 0);
        Deque<String> queue = new ArrayDeque<>(undirected ? seen.keySet() : List.of(rootId));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (Link l : links) {
                String next = null;
                if ((forward || undirected) && l.from().equals(at)) {
                    next = l.to();
                } else if ((!forward || undirected) && l.to().equals(at)) {
                    next = l.from();
                }
                if (next != null && !seen.containsKey(next)) {
                    seen.put(next, seen.get(at) + 1);
                    queue.add(next);
                }
            }
        }
        seen.forEach(column::putIfAbsent);
    }

    private static Line line(Box a, Box b, Link l, int repeat) {
        int x1;
        int y1;
        int x2;
        int y2;
        String path;
        if (a.x() == b.x()) {
            // same column: leave from the right side and come back in a loop
            x1 = a.x() + a.w();
            y1 = a.y() + a.h() / 2;
            x2 = b.x() + b.w();
            y2 = b.y() + b.h() / 2;
            int bulge = x1 + 60 + 20 * repeat;
            path = String.format(Locale.ROOT, "M %d %d C %d %d, %d %d, %d %d", x1, y1, bulge, y1, bulge, y2, x2, y2);
            return new Line(path, bulge - 14, (y1 + y2) / 2 + 4, l.label(), l.flag(), l.href(), l.directed());
        }
        boolean right = a.x() < b.x();
        x1 = right ? a.x() + a.w() : a.x();
        x2 = right ? b.x() : b.x() + b.w();
        y1 = a.y() + a.h() / 2;
        y2 = b.y() + b.h() / 2;
        int mid = (x1 + x2) / 2;
        path = String.format(Locale.ROOT, "M %d %d C %d %d, %d %d, %d %d", x1, y1, mid, y1, mid, y2, x2, y2);
        return new Line(path, mid, (y1 + y2) / 2 - 6 + 16 * repeat, l.label(), l.flag(), l.href(), l.directed());
    }
}
