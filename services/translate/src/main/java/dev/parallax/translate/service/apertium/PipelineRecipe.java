package dev.parallax.translate.service.apertium;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project's own reading of a stock mode: what the service actually runs.
 * <ul>
 * <li>{@code -z} on every stage: each stage flushes at a NUL byte, so one long-running pipeline answers
 * request after request;</li>
 * <li>{@code rtx-proc -F}: the stock recursive transfer of the dan-nor pair grows exponentially with
 * sentence length (11 GB and a crash at 60 words nb->da); {@code -F} gives the same output on normal
 * text without the blow-up;</li>
 * <li>{@code $1}, the generator's mark option, becomes {@code -g} (marks, which {@link StreamFormat#reformat}
 * strips and reports as unknown words; the source's own {@code *#@} never reach the generator, so a mark
 * cannot be confused with markdown) or {@code -n} (no unknown-word marks); {@code $2} (tagger option of the
 * {@code apertium} script, empty by default) is dropped;</li>
 * <li>an optional extra {@code lrx-proc} with project-owned lexical-selection rules right after the stock one;</li>
 * <li>every stage under {@code prlimit --as}, so a runaway stage dies instead of eating the machine.</li>
 * </ul>
 */
public final class PipelineRecipe {

    private PipelineRecipe() {
    }

    public static List<List<String>> commands(ModeFile mode, Optional<Path> extraLexicalRules, long stageMemoryBytes,
            boolean markUnknown) {
        List<List<String>> commands = new ArrayList<>();
        boolean fixInserted = false;
        for (List<String> stage : mode.stages()) {
            String program = stage.get(0);
            List<String> command = new ArrayList<>();
            command.add(program);
            command.add("-z");
            if (program.equals("rtx-proc") && !stage.contains("-F")) {
                command.add("-F");
            }
            for (String arg : stage.subList(1, stage.size())) {
                switch (arg) {
                    case "$1" -> command.add(markUnknown ? "-g" : "-n");
                    case "$2", "-z" -> { }
                    default -> command.add(arg);
                }
            }
            commands.add(command);
            if (program.equals("lrx-proc") && extraLexicalRules.isPresent() && !fixInserted) {
                commands.add(List.of("lrx-proc", "-z", "-m", extraLexicalRules.get().toString()));
                fixInserted = true;
            }
        }
        if (stageMemoryBytes <= 0) {
            return commands;
        }
        return commands.stream().map(command -> {
            List<String> capped = new ArrayList<>(List.of("prlimit", "--as=" + stageMemoryBytes, "--"));
            capped.addAll(command);
            return List.copyOf(capped);
        }).toList();
    }

    /** The programs a mode needs, in order, without duplicates. */
    public static List<String> programs(ModeFile mode) {
        return mode.stages().stream().map(stage -> stage.get(0)).distinct().toList();
    }
}
