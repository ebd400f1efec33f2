package dev.parallax.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The project's demo reports (Danish coverage of the Carter–Shoigu call, September 2015), as test input. */
public final class Seeds {

    private Seeds() {
    }

    public static String text(String id) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + id + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no seed " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
