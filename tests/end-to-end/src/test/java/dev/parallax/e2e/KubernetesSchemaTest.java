package dev.parallax.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every object each overlay renders is valid against its schema, strictly and offline: a misspelt field anywhere in
 * k8s/ fails here rather than being dropped (or refused) by the cluster. Rendering is the real kustomize
 * ({@link Kustomize}); validation is {@link KubernetesSchemas} (the fabric8 model for built-in kinds, the vendored
 * CRDs for CloudNativePG and prometheus-operator objects).
 */
class KubernetesSchemaTest {

    static final Path ROOT = DeploymentManifestsTest.repositoryRoot();
    static final Path FIXTURES = ROOT.resolve("tests/end-to-end/src/test/k8s");
    private static final KubernetesSchemas SCHEMAS =
            KubernetesSchemas.withCrdsFrom(ROOT.resolve("tests/end-to-end/src/test/resources/crds"));

    /**
     * What is deployed: the two overlays, and each with the optional components it can take (test fixtures
     * dev-observed and prod-observed), so that every manifest under k8s/ is rendered and checked.
     */
    static List<Path> renders() {
        return List.of(ROOT.resolve("k8s/overlays/dev"), ROOT.resolve("k8s/overlays/prod"),
                FIXTURES.resolve("dev-observed"), FIXTURES.resolve("prod-observed"));
    }

    static String name(Path render) {
        return ROOT.relativize(render).toString();
    }

    @ParameterizedTest
    @MethodSource("renders")
    void everyRenderedObjectValidatesAgainstItsSchema(Path render) {
        List<Map<String, Object>> objects = Kustomize.render(render);
        List<String> problems = new ArrayList<>();
        objects.forEach(object -> problems.addAll(SCHEMAS.validate(object)));

        Map<String, Long> kinds = objects.stream()
                .collect(Collectors.groupingBy(o -> String.valueOf(o.get("kind")), TreeMap::new, Collectors.counting()));
        System.out.printf("%s: %d objects %s%n", name(render), objects.size(), kinds);
        assertThat(objects).as("%s renders objects", name(render)).isNotEmpty();
        assertThat(problems).as("schema problems in %s", name(render)).isEmpty();
    }

    @Test
    void aMisspeltFieldInAnyKindOfManifestFails() {
        List<String> problems = new ArrayList<>();
        Kustomize.render(FIXTURES.resolve("broken")).forEach(object -> problems.addAll(SCHEMAS.validate(object)));
        problems.forEach(problem -> System.out.println("broken fixture: " + problem));

        assertThat(problems).as("the mistakes planted in src/test/k8s/broken, and nothing else").satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("Deployment langid ")
                        .contains("unknown field spec.template.spec.containers[0].readinesProbe"),
                p -> assertThat(p).startsWith("Deployment translate ").contains("does not read as Deployment at spec.revisionHistoryLimit").contains("five"),
                p -> assertThat(p).startsWith("NetworkPolicy misspelt ").contains("unknown field spec.polcyTypes"),
                p -> assertThat(p).startsWith("Cluster parallax-db ").contains("unknown field spec.storage.sise"),
                p -> assertThat(p).startsWith("Cluster parallax-db ")
                        .contains("spec.postgresql.synchronous.method is all, not one of [any, first]"),
                p -> assertThat(p).startsWith("ObjectStore parallax-backups ")
                        .contains("unknown field spec.configuration.wal.compresion (did you mean compression?)"),
                p -> assertThat(p).startsWith("ServiceMonitor align ").contains("unknown field spec.endpoints[0].pth"));
    }

    @Test
    void everyKindTheOverlaysUseHasASchemaAndEveryVendoredCrdIsUsed() {
        List<String> used = renders().stream().flatMap(render -> Kustomize.render(render).stream())
                .map(o -> o.get("apiVersion") + "/" + o.get("kind")).distinct().sorted().toList();
        for (String customResource : SCHEMAS.customResources().keySet()) {
            assertThat(used).as("vendored CRD %s (%s) is used by some overlay, or should not be vendored",
                    customResource, SCHEMAS.customResources().get(customResource)).contains(customResource);
        }
    }

    @Test
    void everyComponentIsRenderedByAnOverlayOrAFixture() throws IOException {
        List<String> components;
        try (Stream<Path> dirs = Files.list(ROOT.resolve("k8s/components"))) {
            components = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        String kustomizations = renders().stream().map(r -> read(r.resolve("kustomization.yaml")))
                .collect(Collectors.joining("\n"));
        for (String component : components) {
            assertThat(kustomizations).as("k8s/components/%s is validated through an overlay or a fixture", component)
                    .containsPattern("components/" + component + "\\s");
        }
    }

    @Test
    void aMissingKubectlIsNamedWithWhatToInstall() {
        assertThat(Kustomize.MISSING).contains("kubectl").contains("kustomize").contains("-Dparallax.kubectl");
        assertThat(Kustomize.binary()).as("kubectl or kustomize on this machine (%s)", Kustomize.MISSING).isPresent();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
