package dev.parallax.newsroom.service.comparison;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How many claims of a comparison conflict, agree or are said by one source. A comparison stored before align
 * made claims is counted by its facts, as migration V3 counted the stored ones.
 */
public record ClaimCounts(int agree, int conflict, int unique) {

    public static ClaimCounts of(JsonNode alignResponse) {
        JsonNode items = alignResponse.path("claims").isArray() ? alignResponse.path("claims")
                : alignResponse.path("comparison");
        int agree = 0;
        int conflict = 0;
        int unique = 0;
        for (JsonNode item : items) {
            switch (item.path("status").asText("")) {
                case "agree" -> agree++;
                case "conflict" -> conflict++;
                case "unique" -> unique++;
                default -> {
                }
            }
        }
        return new ClaimCounts(agree, conflict, unique);
    }
}
