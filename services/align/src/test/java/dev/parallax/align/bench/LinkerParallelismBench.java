package dev.parallax.align.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.parallax.align.service.linking.SentenceLinkerBenchAccess;

/**
 * Side-by-side measurement, not a test: the sentence linker on one core and on every core, alternating on
 * the same inputs in one JVM after warm-up, so machine noise hits both alike. Inputs are built like
 * bench/timing.py builds them, from {@code ../shared/data/ntrex-dev} (read at run time, never copied).
 * Run: java -cp "target/classes:target/test-classes:target/quarkus-app/lib/main/*" dev.parallax.align.bench.LinkerParallelismBench ../../../shared/data/ntrex-dev
 */
public final class LinkerParallelismBench {

    public static void main(String[] args) throws Exception {
        Path ntrex = Path.of(args.length > 0 ? args[0] : "../../../shared/data/ntrex-dev");
        List<List<String>> lines = new ArrayList<>();
        for (String lang : List.of("da", "nb", "nn")) {
            lines.add(Files.readAllLines(ntrex.resolve(lang + ".txt")));
        }
        for (int[] size : new int[][] {{3, 30}, {20, 100}}) {
            List<List<String>> documents = new ArrayList<>();
            for (int k = 0; k < size[0]; k++) {
                documents.add(lines.get(k % 3).subList(200 + 7 * k, 200 + 7 * k + size[1]));
            }
            int rounds = size[1] >= 100 ? 8 : 60;
            for (int i = 0; i < rounds; i++) { // warm-up, both paths
                SentenceLinkerBenchAccess.link(documents, false);
                SentenceLinkerBenchAccess.link(documents, true);
            }
            double[] sequential = new double[rounds];
            double[] parallel = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                SentenceLinkerBenchAccess.link(documents, false);
                long t1 = System.nanoTime();
                SentenceLinkerBenchAccess.link(documents, true);
                long t2 = System.nanoTime();
                sequential[i] = (t1 - t0) / 1e6;
                parallel[i] = (t2 - t1) / 1e6;
            }
            double s = median(sequential);
            double p = median(parallel);
            System.out.printf("{\"reports\": %d, \"sentences_per_report\": %d, \"linker_sequential_ms\": %.1f, "
                    + "\"linker_parallel_ms\": %.1f, \"speedup\": %.2f}%n", size[0], size[1], s, p, s / p);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
