package dev.parallax.align.service.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.parallax.text.Folding;

/**
 * Synonyms from a MyThes thesaurus as Debian installs it (LibreOffice's Norwegian thesaurus,
 * {@code /usr/share/mythes/th_nb_NO_v2.dat} from the package mythes-no): read once, at start-up, from the
 * installed file. Entries are "word|count" lines followed by that many lines of "(class)|synonym|synonym…";
 * only one-word synonyms are kept, folded.
 */
public final class Thesaurus {

    private final Map<String, Set<String>> synonyms;

    private Thesaurus(Map<String, Set<String>> synonyms) {
        this.synonyms = synonyms;
    }

    public static Thesaurus read(Path file) throws IOException {
        Map<String, Set<String>> synonyms = new HashMap<>();
        Charset charset;
        try (BufferedReader first = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            String declared = first.readLine();
            charset = Charset.forName(declared == null ? "UTF-8" : declared.trim());
        }
        try (BufferedReader in = Files.newBufferedReader(file, charset)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                int bar = line.lastIndexOf('|');
                if (bar <= 0) {
                    continue;
                }
                String word = line.substring(0, bar);
                int count;
                try {
                    count = Integer.parseInt(line.substring(bar + 1).trim());
                } catch (NumberFormatException e) {
                    continue;
                }
                Set<String> words = synonyms.computeIfAbsent(Folding.fold(word), w -> new HashSet<>());
                for (int i = 0; i < count && (line = in.readLine()) != null; i++) {
                    String[] fields = line.split("\\|");
                    for (int f = 1; f < fields.length; f++) {
                        String synonym = fields[f].replaceAll("\\(.*?\\)", "").trim();
                        if (!synonym.isEmpty() && !synonym.contains(" ")) {
                            words.add(Folding.fold(synonym));
                        }
                    }
                }
            }
        }
        return new Thesaurus(synonyms);
    }

    /** Either word lists the other among its synonyms. */
    public boolean related(String a, String b) {
        return synonyms.getOrDefault(a, Set.of()).contains(b) || synonyms.getOrDefault(b, Set.of()).contains(a);
    }

    /** What the thesaurus lists for one pivot. */
    public Set<String> of(String pivot) {
        return synonyms.getOrDefault(pivot, Set.of());
    }

    public int size() {
        return synonyms.size();
    }
}
