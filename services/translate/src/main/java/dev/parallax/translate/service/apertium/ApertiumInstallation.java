package dev.parallax.translate.service.apertium;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What of Apertium is present on this machine: the mode files the service needs and the programs
 * their stages run. Checked once at start-up so that a missing package is one clear readiness
 * message instead of a failure per request.
 */
public record ApertiumInstallation(Map<String, ModeFile> modes, List<String> missing) {

    public ApertiumInstallation {
        modes = Map.copyOf(modes);
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    public static ApertiumInstallation inspect(Path modesDir, Collection<String> modeNames, List<String> extraPrograms) {
        Map<String, ModeFile> modes = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> programs = new ArrayList<>(extraPrograms);
        for (String name : modeNames) {
            Path file = modesDir.resolve(name + ".mode");
            if (!Files.isRegularFile(file)) {
                missing.add("mode " + file);
                continue;
            }
            try {
                ModeFile mode = ModeFile.read(file);
                modes.put(name, mode);
                PipelineRecipe.programs(mode).forEach(p -> {
                    if (!programs.contains(p)) {
                        programs.add(p);
                    }
                });
                mode.stages().stream().flatMap(List::stream)
                        .filter(arg -> arg.startsWith("/") && !Files.isReadable(Path.of(arg)))
                        .forEach(arg -> missing.add("data file " + arg));
            } catch (IOException | IllegalArgumentException e) {
                missing.add("readable mode " + file + " (" + e.getMessage() + ")");
            }
        }
        programs.stream().filter(p -> executable(p).isEmpty()).forEach(p -> missing.add("program " + p));
        return new ApertiumInstallation(modes, missing);
    }

    /** The program's path if it is an executable on PATH. */
    public static Optional<Path> executable(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
