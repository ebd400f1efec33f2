package dev.parallax.newsroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.parallax.newsroom.service.grouping.EventMatcher;
import dev.parallax.newsroom.service.grouping.GroupingKeys;

/**
 * Four copies of each seed (a wire story in several outlets, the seeds' story in da, nb and nn) grouped in 100
 * arrival orders: every order gives the three stories as three events. What EndToEndIT's two-replica test posts,
 * replayed without services; when every copy counted in the document frequencies, 60 of 300 orders split the
 * seeds' story in two.
 */
class CopiesInAnyOrderTest {

    @Test
    void copiesOfThreeStoriesMakeThreeEventsWhateverTheOrder() throws IOException {
        Path seeds = Path.of("../../seeds");
        List<GroupingReplay.Item> items = new ArrayList<>();
        for (JsonNode seed : new ObjectMapper().readTree(seeds.resolve("seeds.json").toFile()).get("articles")) {
            String file = seed.get("file").asText();
            String story = file.startsWith("003") || file.startsWith("004") ? file.substring(0, 3) : "000-002";
            String text = Files.readString(seeds.resolve(file)).strip();
            for (int copy = 0; copy < 4; copy++) {
                String copyText = text + "\n\n(" + seed.get("source").asText() + ", " + copy + ")";
                items.add(new GroupingReplay.Item(items.size(), story, LocalDate.parse(seed.get("published").asText()),
                        GroupingKeys.of(null, copyText), EventMatcher.profile(copyText)));
            }
        }
        EventMatcher matcher = new EventMatcher(0.33);
        for (int order = 0; order < 100; order++) {
            List<GroupingReplay.Item> arrival = new ArrayList<>(items);
            Collections.shuffle(arrival, new Random(order));
            Map<Integer, UUID> events = GroupingReplay.replay(arrival, matcher, 3);
            double[] bcubed = GroupingReplay.bcubed(items, events);
            assertThat(bcubed).as("B-cubed precision, recall, F1 of order %d", order).containsExactly(1.0, 1.0, 1.0);
        }
    }
}
