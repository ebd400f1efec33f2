package dev.parallax.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The project's demo reports (Danish coverage of the Carter–Shoigu call, September 2015), as test input,
 * read from the repository's {@code seeds/} folder so the tests and the demo always use the same texts.
 */
public final class Seeds {

    /** Surefire runs in the module's folder: services/align. */
    private static final Path FOLDER = Path.of("..", "..", "seeds");

    private Seeds() {
    }

    /** The text of the seed whose file name starts with {@code id} (e.g. "000"), as the file holds it. */
    public static String text(String id) {
        try (Stream<Path> files = Files.list(FOLDER)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(id + "_") && p.toString().endsWith(".txt"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + id + " in " + FOLDER.toAbsolutePath()));
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
