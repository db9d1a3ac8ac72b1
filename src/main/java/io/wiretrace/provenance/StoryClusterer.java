package io.wiretrace.provenance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups articles into stories: connected components over reuse and credit edges (either direction, undirected reuse
 * included), passing through articles and placeholders but not through outlet nodes. The probable origin is the one
 * the members' best chains support most (sum of their probabilities), so one noisy member cannot move it. Immutable
 * and thread-safe.
 */
public final class StoryClusterer {

    private final ChainTracer tracer;
    private final int maxMembers;

    public StoryClusterer(ChainTracer tracer, int maxMembers) {
        if (maxMembers < 1) {
            throw new IllegalArgumentException("maxMembers must be positive: " + maxMembers);
        }
        this.tracer = tracer;
        this.maxMembers = maxMembers;
    }

    /**
     * The story an article or placeholder belongs to.
     *
     * @throws NoSuchElementException when the node does not exist
     * @throws IllegalArgumentException when it is an outlet node
     */
    public Story storyOf(ProvenanceGraph graph, String id) {
        Node seed = ChainTracer.require(graph, id);
        if (seed.type() == Node.Type.OUTLET) {
            throw new IllegalArgumentException("'" + id + "' is an outlet, not an article of a story");
        }
        Map<String, Node> members = new TreeMap<>(NodeIds.ORDER); // the first article is the smallest id: the story's
        Map<String, Node> outlets = new TreeMap<>();
        Map<String, Edge> edges = new LinkedHashMap<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(seed));
        members.put(seed.id(), seed);
        boolean truncated = false;
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            List<Edge> touching = new ArrayList<>(graph.sourcesOf(n.id()));
            touching.addAll(graph.derivativesOf(n.id()));
            for (Edge e : touching) {
                Node other = ChainTracer.require(graph, e.other(n.id()));
                if (other.type() == Node.Type.OUTLET) {
                    outlets.put(other.id(), other);
                } else if (!members.containsKey(other.id())) {
                    if (members.size() >= maxMembers) {
                        truncated = true;
                        continue;
                    }
                    members.put(other.id(), other);
                    queue.add(other);
                }
                edges.putIfAbsent(e.from() + "\u0000" + e.to() + "\u0000" + e.directionKnown(), e);
            }
        }
        List<Edge> kept = edges.values().stream()
                .filter(e -> inStory(e.from(), members, outlets) && inStory(e.to(), members, outlets)).toList();
        return withOrigin(members, outlets, kept, truncated);
    }

    /** The stories of the given articles, each once, in order of first appearance. */
    public List<Story> clusterAll(ProvenanceGraph graph, Collection<String> ids) {
        List<Story> stories = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String id : ids) {
            if (!placed.contains(id)) {
                Story story = storyOf(graph, id);
                story.members().forEach(m -> placed.add(m.id()));
                stories.add(story);
            }
        }
        return stories;
    }

    private Story withOrigin(Map<String, Node> members, Map<String, Node> outlets,
                             List<Edge> edges, boolean truncated) {
        // trace inside the story only: an agency's outlet node is shared by many stories, and asking the whole graph
        // for its derivatives would visit all of them
        List<Node> storyNodes = new ArrayList<>(members.values());
        storyNodes.addAll(outlets.values());
        ProvenanceGraph graph = new InMemoryProvenanceGraph(storyNodes, edges);
        Map<String, Double> support = new TreeMap<>();
        Map<String, ProvenanceChain> example = new TreeMap<>();
        for (Node m : members.values()) {
            if (m.type() == Node.Type.ARTICLE) {
                ProvenanceChain best = tracer.trace(graph, m.id()).best();
                support.merge(best.origin().id(), best.probability(), Double::sum);
                example.putIfAbsent(best.origin().id(), best);
            }
        }
        String storyId = "story:" + members.values().stream().filter(n -> n.type() == Node.Type.ARTICLE)
                .map(Node::id).findFirst().orElse(members.keySet().iterator().next());
        if (support.isEmpty()) { // only placeholders: nothing stored to trace from
            Node only = members.values().iterator().next();
            return new Story(storyId, List.copyOf(members.values()), List.copyOf(outlets.values()), edges, only,
                    OriginType.UNKNOWN, 0.0, new DerivativeTree(only, List.of()), truncated);
        }
        String originId = support.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        ProvenanceChain chain = example.get(originId);
        DerivativeTree tree = tracer.derivatives(graph, originId);
        return new Story(storyId, List.copyOf(members.values()), List.copyOf(outlets.values()), edges, chain.origin(),
                chain.originType(), support.get(originId), tree, truncated);
    }

    private static boolean inStory(String id, Map<String, Node> members, Map<String, Node> outlets) {
        return members.containsKey(id) || outlets.containsKey(id);
    }
}
