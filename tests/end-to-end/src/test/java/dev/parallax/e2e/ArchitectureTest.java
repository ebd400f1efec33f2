package dev.parallax.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The arrows of docs/architecture.md, checked on the sources: layers point one way, no service imports another,
 * and every repository path the page names exists. Reads files only; runs in a second.
 */
class ArchitectureTest {

    private static final Path ROOT = DeploymentManifestsTest.repositoryRoot();
    private static final List<String> SERVICES = List.of("langid", "translate", "align", "newsroom");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.parallax\\.[\\w.]+);", Pattern.MULTILINE);

    @Test
    void serviceCodeNeverImportsTheRestOrWebLayer() {
        List<String> wrong = new ArrayList<>();
        for (String service : SERVICES) {
            Path serviceLayer = main(service).resolve("dev/parallax/" + service + "/service");
            for (Path file : javaFiles(serviceLayer)) {
                for (String imported : imports(file)) {
                    if (imported.startsWith("dev.parallax." + service + ".rest.")
                            || imported.startsWith("dev.parallax." + service + ".web.")) {
                        wrong.add(ROOT.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertThat(wrong).as("service code takes and returns domain types; REST records are made at the edge").isEmpty();
    }

    @Test
    void noServiceImportsAnotherServicesCode() {
        List<String> wrong = new ArrayList<>();
        for (String service : SERVICES) {
            for (Path file : javaFiles(ROOT.resolve("services/" + service + "/src"))) {
                for (String imported : imports(file)) {
                    for (String other : SERVICES) {
                        if (!other.equals(service) && imported.startsWith("dev.parallax." + other + ".")) {
                            wrong.add(ROOT.relativize(file) + " imports " + imported);
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("services share code through libs/, API types never").isEmpty();
    }

    @Test
    void librariesImportNoService() {
        List<String> wrong = new ArrayList<>();
        for (Path file : javaFiles(ROOT.resolve("libs"))) {
            for (String imported : imports(file)) {
                if (SERVICES.stream().anyMatch(s -> imported.startsWith("dev.parallax." + s + "."))) {
                    wrong.add(ROOT.relativize(file) + " imports " + imported);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRepositoryPathTheArchitecturePageNamesExists() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/architecture.md"));
        // `libs/apertium`, `docs/align.md`, `services/newsroom/src/main/resources/db/migration`: code spans that
        // start at a top-level folder of the repository
        Matcher path = Pattern.compile("`((?:docs|libs|services|tests|k8s|docker|seeds)/[^`\\s]*)`").matcher(page);
        List<String> named = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        while (path.find()) {
            String p = path.group(1).replaceAll("[/.:,]+$", "");
            named.add(p);
            if (!Files.exists(ROOT.resolve(p))) {
                missing.add(p);
            }
        }
        assertThat(named).as("the page names the modules it describes").hasSizeGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPackageOfAServiceIsALayerThePageExplains() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/architecture.md"));
        List<String> unexplained = new ArrayList<>();
        for (String service : SERVICES) {
            try (Stream<Path> layers = Files.list(main(service).resolve("dev/parallax/" + service))) {
                layers.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                        .filter(layer -> !page.contains("| `" + layer + "` |"))
                        .forEach(layer -> unexplained.add(service + "/" + layer));
            }
        }
        assertThat(unexplained).as("packages missing from the table 'Inside a service'").isEmpty();
    }

    private static Path main(String service) {
        return ROOT.resolve("services/" + service + "/src/main/java");
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> imports(Path file) {
        try {
            Matcher m = IMPORT.matcher(Files.readString(file));
            List<String> out = new ArrayList<>();
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
