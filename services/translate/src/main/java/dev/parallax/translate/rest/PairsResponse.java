package dev.parallax.translate.rest;

import java.util.List;

public record PairsResponse(List<Pair> pairs) {

    public record Pair(String source, String target) {
    }
}
