package io.wiretrace.web;

import io.wiretrace.outlet.Outlet;
import io.wiretrace.provenance.OutletGraph;
import io.wiretrace.provenance.OutletLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The outlet page: what the outlet takes from others and gives to them, credited vs uncredited, as a picture (outlets
 * taking from it on the left, it in the middle, its sources on the right) and as tables.
 */
public record OutletPage(String key, String name, String kind, List<String> domains, List<String> aliases,
                         GraphDrawing picture, List<OutletLinkRow> takesFrom, List<OutletLinkRow> takenBy,
                         List<ArticleRow> recent, List<Field> exports) {

    /**
     * @param names outlet keys to display names (an unknown key shows as itself)
     */
    public static OutletPage of(Outlet outlet, OutletGraph graph, Function<String, String> names,
                                List<ArticleRow> recent) {
        List<GraphDrawing.Spot> spots = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        List<GraphDrawing.Link> links = new ArrayList<>();
        String self = "outlet:" + outlet.key();
        spots.add(new GraphDrawing.Spot(self, outlet.name(), kind(outlet), null, "self"));
        columns.put(self, 1);
        for (OutletLink l : graph.takenBy()) {
            String id = "by:" + l.outletKey();
            spots.add(spot(id, l.outletKey(), names));
            columns.put(id, 0);
            links.add(new GraphDrawing.Link(id, self, label(l), flag(l), "#by-" + l.outletKey()));
        }
        for (OutletLink l : graph.takesFrom()) {
            String id = "from:" + l.outletKey();
            spots.add(spot(id, l.outletKey(), names));
            columns.put(id, 2);
            links.add(new GraphDrawing.Link(self, id, label(l), flag(l), "#from-" + l.outletKey()));
        }
        List<Field> exports = ArticlePage.EXPORT_FORMATS.stream().map(f -> Field.link(f, f,
                Links.outlet(outlet.key()).replace("/outlets/", "/api/outlets/") + "/graph/export?format=" + f)).toList();
        return new OutletPage(outlet.key(), outlet.name(), kind(outlet), outlet.domains(), outlet.aliases(),
                GraphDrawing.inColumns(spots, columns, links), rows(graph.takesFrom(), names),
                rows(graph.takenBy(), names), recent, exports);
    }

    private static String kind(Outlet o) {
        return o.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static GraphDrawing.Spot spot(String id, String key, Function<String, String> names) {
        return new GraphDrawing.Spot(id, names.apply(key), key, Links.outlet(key), "outlet");
    }

    private static String label(OutletLink l) {
        return l.credited() + " credited";
    }

    private static String flag(OutletLink l) {
        return l.uncredited() == 0 ? null : l.uncredited() + " uncredited";
    }

    private static List<OutletLinkRow> rows(List<OutletLink> links, Function<String, String> names) {
        int max = links.stream().mapToInt(OutletLink::derivations).max().orElse(1);
        return links.stream().map(l -> new OutletLinkRow(l.outletKey(), names.apply(l.outletKey()), Links.outlet(l.outletKey()),
                l.derivations(), l.credited(), l.uncredited(), ArticlePage.percent(l.uncreditedShare()),
                width(l.credited(), max), width(l.uncredited(), max), l.mainKind().wireName(),
                EvidenceGraph.confidence(l.confidence()), l.examples().stream()
                        .map(Links::example).toList()))
                .toList();
    }

    private static double width(int count, int max) {
        return Math.round(1000.0 * count / Math.max(1, max)) / 10.0;
    }
}
