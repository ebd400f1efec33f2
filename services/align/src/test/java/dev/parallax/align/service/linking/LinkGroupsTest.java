package dev.parallax.align.service.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class LinkGroupsTest {

    private static Link link(double score, int docA, List<Integer> a, int docB, List<Integer> b) {
        TreeMap<Integer, List<Integer>> members = new TreeMap<>();
        members.put(docA, a);
        members.put(docB, b);
        return new Link(score, members);
    }

    @Test
    void threePassagesLinkedPairwiseBecomeOneLinkAcrossTheThreeReports() {
        List<Link> joined = LinkGroups.join(List.of(
                link(0.8, 0, List.of(2), 1, List.of(0)),
                link(0.6, 0, List.of(2), 2, List.of(3, 4)),
                link(0.7, 1, List.of(0), 2, List.of(3, 4)),
                link(0.9, 0, List.of(5), 1, List.of(6))));

        assertThat(joined).hasSize(2);
        assertThat(joined.get(0).members()).containsExactly(
                java.util.Map.entry(0, List.of(2)), java.util.Map.entry(1, List.of(0)), java.util.Map.entry(2, List.of(3, 4)));
        assertThat(joined.get(0).score()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(joined.get(1).members()).containsOnlyKeys(0, 1);
    }

    @Test
    void aPassageMatchingTwoThatDoNotMatchEachOtherStaysPairwise() {
        // report 0's long sentence holds what reports 1 and 2 say in different sentences
        List<Link> pairwise = List.of(
                link(0.5, 0, List.of(1), 1, List.of(1)),
                link(0.5, 0, List.of(1), 2, List.of(4)));
        assertThat(LinkGroups.join(pairwise)).isEqualTo(pairwise);
    }

    @Test
    void twoPassagesOfOneReportInAGroupStayPairwise() {
        List<Link> pairwise = List.of(
                link(0.5, 0, List.of(1), 1, List.of(1)),
                link(0.5, 0, List.of(1), 2, List.of(4)),
                link(0.5, 1, List.of(1), 2, List.of(4)),
                link(0.5, 1, List.of(1), 0, List.of(7)));
        assertThat(LinkGroups.join(pairwise)).isEqualTo(pairwise);
    }
}
