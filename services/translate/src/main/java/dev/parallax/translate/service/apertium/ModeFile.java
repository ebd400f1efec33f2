package dev.parallax.translate.service.apertium;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An Apertium {@code .mode} file: a one-line shell pipeline ({@code prog 'arg' | prog $1 'arg' | …}).
 * Parsed here rather than handed to a shell, so every stage becomes a process the service owns and can kill.
 * Only what mode files use is understood: single and double quotes, {@code |} between stages and
 * the {@code $1}/{@code $2} placeholders, which are kept as tokens for {@link PipelineRecipe} to replace.
 */
public record ModeFile(String name, List<List<String>> stages) {

    public ModeFile {
        stages = stages.stream().map(List::copyOf).toList();
    }

    public static ModeFile read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".mode") ? fileName.substring(0, fileName.length() - 5) : fileName;
        return parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    public static ModeFile parse(String name, String text) {
        List<List<String>> stages = new ArrayList<>();
        List<String> stage = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    token.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inToken = true;
            } else if (c == '|') {
                inToken = flush(token, inToken, stage);
                endStage(stage, stages);
                stage = new ArrayList<>();
            } else if (Character.isWhitespace(c)) {
                inToken = flush(token, inToken, stage);
            } else {
                token.append(c);
                inToken = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("Unterminated quote in mode " + name);
        }
        flush(token, inToken, stage);
        endStage(stage, stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("Mode " + name + " has no stages");
        }
        return new ModeFile(name, stages);
    }

    private static boolean flush(StringBuilder token, boolean inToken, List<String> stage) {
        if (inToken) {
            stage.add(token.toString());
            token.setLength(0);
        }
        return false;
    }

    private static void endStage(List<String> stage, List<List<String>> stages) {
        if (!stage.isEmpty()) {
            stages.add(stage);
        }
    }
}
