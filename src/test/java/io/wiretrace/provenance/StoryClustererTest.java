package io.wiretrace.provenance;

import static io.wiretrace.provenance.Fixtures.edge;
import static io.wiretrace.provenance.Fixtures.hours;
import static io.wiretrace.provenance.Fixtures.newsroomArticle;
import static io.wiretrace.provenance.Fixtures.outlet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiretrace.outlet.OutletKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private final StoryClusterer clusterer = new StoryClusterer(new ChainTracer(), 100);
    private final Node afp = outlet("afp", OutletKind.WIRE_AGENCY);
    private final Node s1a = newsroomArticle("s1a", "one", hours(1));
    private final Node s1b = newsroomArticle("s1b", "two", hours(2));
    private final Node s2a = newsroomArticle("s2a", "three", hours(1));
    private final Node lone = newsroomArticle("lone", "four", hours(1));

    private final ProvenanceGraph graph = new InMemoryProvenanceGraph(List.of(afp, s1a, s1b, s2a, lone), List.of(
            edge("s1a", "outlet:afp", EdgeKind.CREDITED, 0.9),
            edge("s1b", "s1a", EdgeKind.REUSED, 0.8),
            edge("s2a", "outlet:afp", EdgeKind.SYNDICATED, 0.9)));

    @Test
    void storiesDoNotJoinThroughASharedAgency() {
        Story one = clusterer.storyOf(graph, "s1b");
        assertThat(one.members()).extracting(Node::id).containsExactly("s1a", "s1b");
        assertThat(one.outlets()).containsExactly(afp);
        assertThat(one.origin()).isEqualTo(afp);
        assertThat(one.edges()).hasSize(2);
        assertThat(clusterer.storyOf(graph, "s2a").members()).extracting(Node::id).containsExactly("s2a");
    }

    @Test
    void clustersEveryArticleOnce() {
        List<Story> stories = clusterer.clusterAll(graph, List.of("s1a", "s1b", "s2a", "lone"));
        assertThat(stories).extracting(Story::id).containsExactly("story:s1a", "story:s2a", "story:lone");
        Story alone = stories.get(2);
        assertThat(alone.origin()).isEqualTo(lone);
        assertThat(alone.originType()).isEqualTo(OriginType.ORIGINAL_REPORTING);
    }

    @Test
    void aStoryIsNamedByItsSmallestArticleIdAsANumberNotAsText() {
        Node nine = newsroomArticle("article:9", "nine", hours(1));
        Node ten = newsroomArticle("article:10", "ten", hours(2));
        ProvenanceGraph numbered = new InMemoryProvenanceGraph(List.of(nine, ten),
                List.of(edge("article:10", "article:9", EdgeKind.REUSED, 0.8)));
        Story story = clusterer.storyOf(numbered, "article:10");
        assertThat(story.id()).isEqualTo("story:article:9");
        assertThat(story.members()).extracting(Node::id).containsExactly("article:9", "article:10");
    }

    @Test
    void theMemberBoundTruncates() {
        Story s = new StoryClusterer(new ChainTracer(), 1).storyOf(graph, "s1a");
        assertThat(s.truncated()).isTrue();
        assertThat(s.members()).hasSize(1);
    }

    @Test
    void anOutletIsNotAStory() {
        assertThatThrownBy(() -> clusterer.storyOf(graph, "outlet:afp")).isInstanceOf(IllegalArgumentException.class);
    }
}
