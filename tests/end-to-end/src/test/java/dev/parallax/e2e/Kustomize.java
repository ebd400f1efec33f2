package dev.parallax.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders a kustomization the way {@code kubectl apply -k} does, with the real kustomize (kubectl's built-in one, or
 * the standalone {@code kustomize}), offline: kustomize reads only local files. There is no Java implementation of
 * kustomize, and a partial re-implementation would check a different renderer than the one that applies the
 * manifests, so the tests need the binary and say what to install when it is missing.
 */
final class Kustomize {

    static final String MISSING = """
            Rendering k8s/ needs kubectl (1.27 or newer; it has kustomize built in) or the standalone kustomize (v5) \
            on the PATH, and neither was found. Debian has no package for either: install kubectl from the \
            Kubernetes project's own apt repository (https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/), \
            or put a kustomize v5 binary on the PATH (https://kubectl.docs.kubernetes.io/installation/kustomize/), \
            or name either with -Dparallax.kubectl=/path/to/kubectl (or .../kustomize).""";

    private static final Map<Path, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** Every object the kustomization in {@code directory} produces, in kustomize's order. */
    static List<Map<String, Object>> render(Path directory) {
        return RENDERED.computeIfAbsent(directory.toAbsolutePath().normalize(), Kustomize::run);
    }

    /** kustomize's output as text, for messages. */
    static String renderText(Path directory) {
        List<String> command = command(directory);
        return execute(command, directory);
    }

    private static List<Map<String, Object>> run(Path directory) {
        String yaml = renderText(directory);
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(new StringReader(yaml))) {
            if (document instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                objects.add(object);
            }
        }
        return List.copyOf(objects);
    }

    private static List<String> command(Path directory) {
        Path binary = binary().orElseGet(() -> fail(MISSING));
        String dir = directory.toAbsolutePath().normalize().toString();
        return binary.getFileName().toString().startsWith("kustomize")
                ? List.of(binary.toString(), "build", dir)
                : List.of(binary.toString(), "kustomize", dir);
    }

    /** -Dparallax.kubectl, else kubectl on the PATH, else kustomize on the PATH. */
    static Optional<Path> binary() {
        String configured = System.getProperty("parallax.kubectl");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isExecutable(path)) {
                fail("-Dparallax.kubectl=%s is not an executable file.%n%s", configured, MISSING);
            }
            return Optional.of(path);
        }
        for (String name : List.of("kubectl", "kustomize")) {
            Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .filter(dir -> !dir.isBlank())
                    .map(dir -> Path.of(dir, name))
                    .filter(Files::isExecutable)
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String execute(List<String> command, Path directory) {
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .start();
                // a bound on a hung binary only; rendering takes well under a second
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    fail("%s did not finish within two minutes", String.join(" ", command));
                }
                if (process.exitValue() != 0) {
                    fail("%s failed (exit %d) for %s:%n%s", String.join(" ", command), process.exitValue(), directory,
                            Files.readString(err, StandardCharsets.UTF_8));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
