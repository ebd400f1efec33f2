package dev.parallax.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading parsed YAML (maps, lists, scalars) without casts at every step: an absent or other node reads as empty. */
final class YamlTrees {

    private YamlTrees() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    static List<Map<String, Object>> maps(Object value) {
        return list(value).stream().map(YamlTrees::map).toList();
    }
}
