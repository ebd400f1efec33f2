package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisjointSetsTest {

    @Test
    void joinedElementsShareTheRepresentativeOfTheSetJoinedInto() {
        DisjointSets sets = new DisjointSets(6);
        sets.join(1, 0);
        sets.join(3, 2);
        sets.join(2, 1);
        assertThat(sets.find(3)).isEqualTo(0).isEqualTo(sets.find(2)).isEqualTo(sets.find(1));
        assertThat(sets.find(4)).isEqualTo(4);
        sets.join(0, 5);
        assertThat(sets.find(3)).as("the set joined into keeps its representative").isEqualTo(5);
        sets.join(3, 3);
        assertThat(sets.find(4)).isEqualTo(4);
        assertThat(sets.size()).isEqualTo(6);
    }
}
