package dev.parallax.e2e;

import static dev.parallax.e2e.YamlTrees.list;
import static dev.parallax.e2e.YamlTrees.map;
import static dev.parallax.e2e.YamlTrees.maps;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import dev.parallax.text.EditDistance;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Strict, offline schema validation of rendered Kubernetes objects.
 * <ul>
 * <li>Built-in kinds are read into the fabric8 Kubernetes model with unknown properties failing. fabric8's classes
 * catch unknown fields in an "additionalProperties" map (a {@code @JsonAnySetter}); that catch-all is switched off
 * here, so every field the API type does not have is reported, as are scalars of the wrong type.</li>
 * <li>Custom resources (CloudNativePG, its Barman Cloud plugin, prometheus-operator) are checked against the OpenAPI v3
 * schema of their CustomResourceDefinition, vendored under src/test/resources/crds with version and licence. CRD
 * schemas are structural: the API server prunes (here: reports) every field a schema does not declare unless it says
 * {@code x-kubernetes-preserve-unknown-fields}, and checks types, enums, patterns, bounds and required fields, which
 * this does too. CEL rules ({@code x-kubernetes-validations}) are not evaluated.</li>
 * <li>A kind that is neither is a problem in itself: every object must be checked by something.</li>
 * </ul>
 */
final class KubernetesSchemas {

    /** The built-in kinds the manifests use, with the one API version each is checked at. */
    private static final Map<String, Class<?>> BUILT_IN = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class));

    private final ObjectMapper strict = strictMapper();
    /** "group/version/Kind" to the CRD's openAPIV3Schema of that version. */
    private final Map<String, Map<String, Object>> crdSchemas;
    private final Map<String, String> crdSources;

    private KubernetesSchemas(Map<String, Map<String, Object>> crdSchemas, Map<String, String> crdSources) {
        this.crdSchemas = crdSchemas;
        this.crdSources = crdSources;
    }

    /** Loads every CustomResourceDefinition in {@code directory}. */
    static KubernetesSchemas withCrdsFrom(Path directory) {
        Map<String, Map<String, Object>> schemas = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                        Map<String, Object> crd = map(document);
                        if (!"CustomResourceDefinition".equals(crd.get("kind"))) {
                            continue;
                        }
                        Map<String, Object> spec = map(crd.get("spec"));
                        String group = String.valueOf(spec.get("group"));
                        String kind = String.valueOf(map(spec.get("names")).get("kind"));
                        for (Map<String, Object> version : maps(spec.get("versions"))) {
                            if (Boolean.TRUE.equals(version.get("served"))) {
                                String key = group + "/" + version.get("name") + "/" + kind;
                                schemas.put(key, map(map(version.get("schema")).get("openAPIV3Schema")));
                                sources.put(key, file.getFileName().toString());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KubernetesSchemas(schemas, sources);
    }

    /** The custom resources with a schema, as group/version/Kind. */
    Map<String, String> customResources() {
        return crdSources;
    }

    /** What is wrong with the object; empty when it validates. Each problem names the field as a path. */
    List<String> validate(Map<String, Object> object) {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        String kind = String.valueOf(object.get("kind"));
        String name = String.valueOf(map(object.get("metadata")).get("name"));
        String what = kind + " " + name + " (" + apiVersion + ")";
        List<String> problems = new ArrayList<>();
        Class<?> type = BUILT_IN.get(apiVersion + "/" + kind);
        Map<String, Object> crdSchema = crdSchemas.get((apiVersion.contains("/") ? "" : "/") + apiVersion + "/" + kind);
        if (type != null) {
            readStrictly(object, type, "", problems);
        } else if (crdSchema != null) {
            // metadata is the API server's ObjectMeta, whatever the CRD says of it (usually just "type: object")
            readStrictly(object.get("metadata"), ObjectMeta.class, "metadata", problems);
            Map<String, Object> schema = new LinkedHashMap<>(crdSchema);
            Map<String, Object> properties = new LinkedHashMap<>(map(schema.get("properties")));
            properties.put("metadata", Map.of("type", "object", "x-kubernetes-preserve-unknown-fields", true));
            schema.put("properties", properties);
            check(object, schema, "", problems);
        } else {
            problems.add("no schema for " + apiVersion + " " + kind + ": neither a built-in kind this test knows nor a"
                    + " vendored CRD (tests/end-to-end/src/test/resources/crds)");
        }
        return problems.stream().map(problem -> what + ": " + problem).toList();
    }

    // ---------------------------------------------------------------- built-in kinds: fabric8, strictly

    private void readStrictly(Object value, Class<?> type, String prefix, List<String> problems) {
        List<String> unknown = new ArrayList<>();
        try {
            strict.reader().forType(type)
                    .withHandler(new DeserializationProblemHandler() {
                        @Override
                        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                JsonDeserializer<?> deserializer, Object bean, String property) throws IOException {
                            // the parser stands on the value: inside it for an object or array, beside it otherwise
                            var where = parser.getParsingContext();
                            if ((parser.currentToken() == JsonToken.START_OBJECT
                                    || parser.currentToken() == JsonToken.START_ARRAY) && where.getParent() != null) {
                                where = where.getParent();
                            }
                            unknown.add("unknown field " + join(prefix, pointerToPath(where.pathAsPointer().toString())));
                            parser.skipChildren();
                            return true;
                        }
                    })
                    .readValue((JsonNode) strict.valueToTree(value));
        } catch (JsonMappingException e) {
            String at = e.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .reduce("", KubernetesSchemas::join);
            problems.add("does not read as " + type.getSimpleName() + " at " + join(prefix, at) + ": "
                    + firstLine(e.getOriginalMessage()));
        } catch (IOException | IllegalArgumentException e) {
            problems.add("does not read as " + type.getSimpleName() + ": " + firstLine(e.getMessage()));
        }
        problems.addAll(unknown);
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // fabric8's catch-all for unknown fields: off, so that they reach the problem handler
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    @Override
                    public Boolean hasAnySetter(Annotated annotated) {
                        return Boolean.FALSE;
                    }
                })
                .build();
        // "8080" where a number belongs, 8080 where a string belongs, "true" for a boolean: the API server refuses them
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    // ---------------------------------------------------------------- custom resources: the CRD's structural schema

    private void check(Object value, Map<String, Object> schema, String path, List<String> problems) {
        check(value, schema, path, problems, false);
    }

    /**
     * @param branch inside anyOf/oneOf/allOf/not: value validations only, the structure comes from the enclosing
     *               schema (a structural schema declares no fields there)
     */
    private void check(Object value, Map<String, Object> schema, String path, List<String> problems, boolean branch) {
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                problems.add(describe(path) + " is null");
            }
            return;
        }
        boolean intOrString = Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"));
        boolean preserveUnknown = Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"));
        Object type = schema.get("type");
        if (intOrString) {
            if (!(isInteger(value) || value instanceof String)) {
                problems.add(describe(path) + " must be an integer or a string, not " + typeOf(value));
                return;
            }
        } else if (type != null && !hasType(value, String.valueOf(type))) {
            problems.add(describe(path) + " must be of type " + type + ", not " + typeOf(value));
            return;
        }

        List<Object> allowed = list(schema.get("enum"));
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            problems.add(describe(path) + " is " + value + ", not one of " + allowed);
        }
        if (value instanceof String text) {
            checkString(text, schema, path, problems);
        }
        if (value instanceof Number number) {
            checkBounds(number, schema, path, problems);
        }
        if (value instanceof List<?> items) {
            checkSize(items.size(), schema.get("minItems"), schema.get("maxItems"), "items", path, problems);
            Map<String, Object> itemSchema = map(schema.get("items"));
            if (!branch && !itemSchema.isEmpty()) {
                for (int i = 0; i < items.size(); i++) {
                    check(items.get(i), itemSchema, path + "[" + i + "]", problems);
                }
            }
        }
        if (value instanceof Map<?, ?> fields) {
            checkSize(fields.size(), schema.get("minProperties"), schema.get("maxProperties"), "fields", path, problems);
            for (String required : strings(schema.get("required"))) {
                if (!fields.containsKey(required)) {
                    problems.add("missing required field " + join(path, required));
                }
            }
            if (!branch) {
                checkFields(map(value), schema, path, problems, preserveUnknown);
            }
        }
        for (Map<String, Object> all : maps(schema.get("allOf"))) {
            check(value, all, path, problems, true);
        }
        checkAlternatives(value, maps(schema.get("anyOf")), "anyOf", path, problems);
        checkAlternatives(value, maps(schema.get("oneOf")), "oneOf", path, problems);
        if (schema.get("not") instanceof Map<?, ?> not) {
            List<String> inner = new ArrayList<>();
            check(value, map(not), path, inner, true);
            if (inner.isEmpty()) {
                problems.add(describe(path) + " matches a schema it must not match");
            }
        }
    }

    private void checkFields(Map<String, Object> fields, Map<String, Object> schema, String path, List<String> problems,
            boolean preserveUnknown) {
        Map<String, Object> properties = map(schema.get("properties"));
        Object additional = schema.get("additionalProperties");
        boolean embedded = Boolean.TRUE.equals(schema.get("x-kubernetes-embedded-resource"));
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            String at = join(path, field.getKey());
            if (properties.containsKey(field.getKey())) {
                check(field.getValue(), map(properties.get(field.getKey())), at, problems);
            } else if (additional instanceof Map<?, ?> additionalSchema) {
                check(field.getValue(), map(additionalSchema), at, problems);
            } else if (Boolean.TRUE.equals(additional) || preserveUnknown
                    || (embedded && List.of("apiVersion", "kind", "metadata").contains(field.getKey()))) {
                continue;
            } else {
                problems.add("unknown field " + at + (properties.isEmpty() ? "" : suggestion(field.getKey(), properties)));
            }
        }
    }

    private void checkAlternatives(Object value, List<Map<String, Object>> alternatives, String keyword, String path,
            List<String> problems) {
        if (alternatives.isEmpty()) {
            return;
        }
        int matching = 0;
        List<String> first = null;
        for (Map<String, Object> alternative : alternatives) {
            List<String> inner = new ArrayList<>();
            check(value, alternative, path, inner, true);
            if (inner.isEmpty()) {
                matching++;
            } else if (first == null) {
                first = inner;
            }
        }
        if (matching == 0) {
            problems.add(describe(path) + " matches none of its " + keyword + " schemas (first: " + first + ")");
        } else if (keyword.equals("oneOf") && matching > 1) {
            problems.add(describe(path) + " matches " + matching + " of its oneOf schemas, not exactly one");
        }
    }

    private static void checkString(String text, Map<String, Object> schema, String path, List<String> problems) {
        checkSize(text.codePointCount(0, text.length()), schema.get("minLength"), schema.get("maxLength"), "characters",
                path, problems);
        if (schema.get("pattern") instanceof String pattern) {
            try {
                if (!Pattern.compile(pattern).matcher(text).find()) {
                    problems.add(describe(path) + " '" + text + "' does not match " + pattern);
                }
            } catch (PatternSyntaxException e) {
                problems.add(describe(path) + ": the CRD's pattern " + pattern + " is not a Java regular expression");
            }
        }
    }

    private static void checkBounds(Number number, Map<String, Object> schema, String path, List<String> problems) {
        double value = number.doubleValue();
        if (schema.get("minimum") instanceof Number minimum) {
            boolean exclusive = Boolean.TRUE.equals(schema.get("exclusiveMinimum"));
            if (exclusive ? value <= minimum.doubleValue() : value < minimum.doubleValue()) {
                problems.add(describe(path) + " is " + number + ", below its minimum " + minimum);
            }
        }
        if (schema.get("maximum") instanceof Number maximum) {
            boolean exclusive = Boolean.TRUE.equals(schema.get("exclusiveMaximum"));
            if (exclusive ? value >= maximum.doubleValue() : value > maximum.doubleValue()) {
                problems.add(describe(path) + " is " + number + ", above its maximum " + maximum);
            }
        }
    }

    private static void checkSize(int size, Object min, Object max, String unit, String path, List<String> problems) {
        if (min instanceof Number n && size < n.intValue()) {
            problems.add(describe(path) + " has " + size + " " + unit + ", fewer than " + n);
        }
        if (max instanceof Number n && size > n.intValue()) {
            problems.add(describe(path) + " has " + size + " " + unit + ", more than " + n);
        }
    }

    private static boolean hasType(Object value, String type) {
        return switch (type) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "integer" -> isInteger(value);
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            default -> false;
        };
    }

    private static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger;
    }

    private static String typeOf(Object value) {
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        if (isInteger(value)) {
            return "integer";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return value instanceof String ? "string" : value.getClass().getSimpleName();
    }

    /** " (did you mean x?)" when a declared field is one or two edits away. */
    private static String suggestion(String field, Map<String, Object> properties) {
        return properties.keySet().stream()
                .filter(candidate -> EditDistance.levenshtein(candidate.toLowerCase(), field.toLowerCase()) <= 2)
                .findFirst()
                .map(candidate -> " (did you mean " + candidate + "?)")
                .orElse("");
    }


    // ---------------------------------------------------------------- plumbing

    private static String describe(String path) {
        return path.isEmpty() ? "the object" : path;
    }

    private static String join(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? path : field.startsWith("[") ? path + field : path + "." + field;
    }

    /** "/spec/containers/0/ports" to "spec.containers[0].ports". */
    private static String pointerToPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String field = segment.replace("~1", "/").replace("~0", "~");
            if (field.matches("\\d+")) {
                path.append('[').append(field).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(field);
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }


    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }
}
