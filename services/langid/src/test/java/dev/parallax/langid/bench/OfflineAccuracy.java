package dev.parallax.langid.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.parallax.langid.service.ApertiumLexicon;
import dev.parallax.langid.service.NgramModel;
import dev.parallax.langid.service.NordicClassifier;
import dev.parallax.langid.service.NordicMarkers;
import dev.parallax.langid.service.NormLexicon;

/**
 * Development aid, not a test: accuracy of the Nordic classifier in-process on folders of
 * {@code LABEL[.VARIANT].txt} files (one text per line), without HTTP. Reads the data where it lies;
 * nothing is copied. Run: {@code java -cp <classpath> dev.parallax.langid.bench.OfflineAccuracy DIR...}
 * (see docs/langid.md). The benchmark of record is services/langid/bench/langid_bench.py over HTTP.
 */
public final class OfflineAccuracy {

    private static final Set<String> TARGETS = Set.of("da", "nb", "nn");

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        // LEXICON_WEIGHT=0 switches the Apertium lexicon off; TEMPERATURE and LEXICON_WEIGHT override the
        // constants for coarse what-if runs
        String weight = System.getenv().getOrDefault("LEXICON_WEIGHT", "3");
        NormLexicon lexicon = Double.parseDouble(weight) == 0 ? NormLexicon.NONE
                : ApertiumLexicon.start("lt-proc", Path.of("/usr/share/apertium/apertium-dan-nor/dan-nob.automorf.bin"),
                        Path.of("/usr/share/apertium/apertium-dan-nor/nob-dan.automorf.bin"),
                        Path.of("/usr/share/apertium/apertium-dan-nor/nno-dan.automorf.bin"), 1_000_000);
        NordicClassifier classifier = new NordicClassifier(
                NgramModel.fromLingua(List.of("da", "nb", "nn", "sv", "en", "is", "de"), 5), NordicMarkers.load(),
                Double.parseDouble(System.getenv().getOrDefault("TEMPERATURE", "3")), 3.0, lexicon,
                Double.parseDouble(weight));
        System.out.printf("loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> list = Files.list(Path.of(dir))) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().collect(Collectors.toList());
            }
            for (Path file : files) {
                String label = file.getFileName().toString().split("\\.")[0];
                List<String> texts = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(t -> !t.isBlank()).collect(Collectors.toList());
                Map<String, Integer> answers = new TreeMap<>();
                int right = 0;
                int confident = 0;
                int confidentRight = 0;
                long t0 = System.nanoTime();
                classifier.prepare(texts);
                for (String text : texts) {
                    Map<String, Double> scores = classifier.scores(text, 1);
                    String best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                    answers.merge(best, 1, Integer::sum);
                    boolean ok = TARGETS.contains(label) ? best.equals(label) : !TARGETS.contains(best);
                    right += ok ? 1 : 0;
                    if (TARGETS.contains(label) && scores.get(best) >= 0.9) {
                        confident++;
                        confidentRight += ok ? 1 : 0;
                    }
                    if (!ok && System.getenv("SHOW") != null && System.getenv("SHOW").equals(label + ":" + best)) {
                        System.out.printf("   %s %.2f | %s%n", best, scores.get(best), text);
                    }
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%-40s %6d %7.2f%%  %8.0f/s  conf>=0.9: %5.1f%% of texts, %6.2f%% right  %s%n",
                        Path.of(dir).getFileName() + "/" + file.getFileName(), texts.size(), 100.0 * right / texts.size(),
                        texts.size() / secs, 100.0 * confident / texts.size(),
                        confident == 0 ? 0.0 : 100.0 * confidentRight / confident, answers);
            }
        }
    }
}
