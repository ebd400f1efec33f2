package dev.parallax.align.service.lexicon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import dev.parallax.apertium.PipelineFailedException;
import dev.parallax.apertium.StreamUnits;
import dev.parallax.apertium.WarmLookup;
import dev.parallax.text.Folding;

/**
 * The lexicon on Apertium's data, read through warm {@code lt-proc} processes (the GPL data stays in those
 * separate processes): each norm's morphological analyser gives a form's lemmas and parts of speech, and
 * the bilingual dictionaries (Danish → Bokmål, Nynorsk → Bokmål) take a Danish or Nynorsk lemma to its
 * Bokmål one, the pivot every norm shares ("passager", "passasjer" → passasjer; "point" → poeng). Compounds
 * are split by the analyser ({@code -e}); their pivot is their last part's. Synonyms come from a
 * {@link Thesaurus}. Answers are cached per form: news text repeats its words.
 */
public final class ApertiumLexicon implements Lexicon, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ApertiumLexicon.class);

    /** Words per chunk: a chunk must fit the pipe so that writing it never blocks while lt-proc waits to be read. */
    private static final int WORDS_PER_CHUNK = 800;
    private static final int MAX_WORD_CHARS = 40;
    private static final WordInfo UNKNOWN = new WordInfo(Set.of(), "", null, List.of());

    /**
     * Where the data of one norm is.
     *
     * @param bidix the dictionary to Bokmål, or null for Bokmål itself
     */
    public record NormFiles(Path analyser, Path bidix) {
    }

    private record Norm(WarmLookup analyser, WarmLookup bidix) {
    }

    private final Map<String, Norm> norms;
    private final Thesaurus thesaurus;
    private final int maxEntries;
    private final Map<String, WordInfo> cache = new ConcurrentHashMap<>();

    private ApertiumLexicon(Map<String, Norm> norms, Thesaurus thesaurus, int maxEntries) {
        this.norms = norms;
        this.thesaurus = thesaurus;
        this.maxEntries = maxEntries;
    }

    /**
     * Starts the processes, or returns {@link Lexicon#NONE} with a logged warning when lt-proc or a data file is
     * missing: alignment must work without Apertium, only less well. A missing thesaurus only loses synonyms.
     */
    public static Lexicon start(String command, Map<String, NormFiles> files, Path thesaurusFile, int maxEntries,
                                Duration timeout) {
        Map<String, Norm> norms = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, NormFiles> e : files.entrySet()) {
                NormFiles f = e.getValue();
                for (Path p : f.bidix() == null ? List.of(f.analyser()) : List.of(f.analyser(), f.bidix())) {
                    if (!Files.isReadable(p)) {
                        throw new IOException(p + " is not readable");
                    }
                }
                WarmLookup analyser = WarmLookup.start(e.getKey() + " analyser",
                        List.of(command, "-z", "-e", f.analyser().toString()), timeout);
                WarmLookup bidix = f.bidix() == null ? null : WarmLookup.start(e.getKey() + " dictionary",
                        List.of(command, "-z", "-b", f.bidix().toString()), timeout);
                norms.put(e.getKey(), new Norm(analyser, bidix));
            }
        } catch (IOException | RuntimeException e) {
            norms.values().forEach(n -> {
                n.analyser().close();
                if (n.bidix() != null) {
                    n.bidix().close();
                }
            });
            LOG.warnf("Apertium lexicon unavailable (%s): slots are matched by spelling only", e.getMessage());
            return Lexicon.NONE;
        }
        Thesaurus thesaurus = null;
        if (thesaurusFile != null && Files.isReadable(thesaurusFile)) {
            try {
                thesaurus = Thesaurus.read(thesaurusFile);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Thesaurus %s unreadable (%s): no synonyms", thesaurusFile, e.getMessage());
            }
        } else {
            LOG.warnf("No thesaurus at %s: no synonyms", thesaurusFile);
        }
        ApertiumLexicon lexicon = new ApertiumLexicon(norms, thesaurus, maxEntries);
        LOG.infof("Lexicon: %s", lexicon.status());
        return lexicon;
    }

    @Override
    public Map<String, WordInfo> lookup(String language, Collection<String> forms) {
        String normName = Lexicon.norm(language);
        Norm norm = normName == null ? null : norms.get(normName);
        if (norm == null) {
            return Map.of();
        }
        List<String> missing = new ArrayList<>();
        for (String form : new LinkedHashSet<>(forms)) {
            if (!form.isEmpty() && form.length() <= MAX_WORD_CHARS && !cache.containsKey(key(normName, form))
                    && form.chars().anyMatch(Character::isLetter)) {
                missing.add(form);
            }
        }
        if (!missing.isEmpty()) {
            try {
                Map<String, WordInfo> found = analyse(normName, norm, missing);
                if (cache.size() + missing.size() > maxEntries) {
                    cache.clear(); // crude but bounded; the vocabulary of news refills within a few requests
                }
                for (String form : missing) {
                    cache.put(key(normName, form), found.getOrDefault(form, UNKNOWN));
                }
            } catch (PipelineFailedException e) {
                LOG.warnf("Apertium lookup failed (%s); these words are matched by spelling", e.getMessage());
            }
        }
        Map<String, WordInfo> out = new HashMap<>();
        for (String form : forms) {
            WordInfo info = cache.get(key(normName, form));
            if (info != null && info != UNKNOWN) {
                out.put(form, info);
            }
        }
        return out;
    }

    private static String key(String norm, String form) {
        return norm + '\u0001' + form;
    }

    /** One reading: its lemma and tags per compound part (one part for a simple word). */
    private record Reading(List<String> lemmas, List<String> tags) {
        String pos() {
            String t = tags.get(tags.size() - 1);
            int end = t.indexOf('>');
            return t.startsWith("<") && end > 0 ? t.substring(1, end) : "";
        }
    }

    private Map<String, WordInfo> analyse(String normName, Norm norm, List<String> forms) throws PipelineFailedException {
        Map<String, List<Reading>> readings = new HashMap<>();
        List<String> chunks = chunks(forms.stream().map(StreamUnits::escape).toList());
        List<String> answers = norm.analyser().ask(chunks);
        for (String answer : answers) {
            for (String unit : StreamUnits.units(answer)) {
                String[] parts = StreamUnits.parts(unit);
                if (parts.length < 2 || parts[1].startsWith("*")) {
                    continue;
                }
                List<Reading> list = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    if (!parts[i].contains("<compound-only-L>")) {
                        list.add(reading(parts[i]));
                    }
                }
                if (!list.isEmpty()) {
                    readings.putIfAbsent(parts[0].replace("\\", ""), list);
                }
            }
        }
        // the Bokmål lemma of each lemma the chosen readings name
        Map<String, String> pivots = new HashMap<>();
        if (norm.bidix() != null) {
            Set<String> queries = new LinkedHashSet<>();
            for (List<Reading> list : readings.values()) {
                for (Reading r : chosen(list)) {
                    for (int p = 0; p < r.lemmas().size(); p++) {
                        queries.add("^" + StreamUnits.escape(r.lemmas().get(p)) + r.tags().get(p) + "$");
                    }
                }
            }
            List<String> asked = new ArrayList<>(queries);
            // the dictionary answers a unit only once it has read the blank after it: every chunk ends in one
            List<String> translated = norm.bidix().ask(chunks(asked).stream().map(c -> c + "\n").toList());
            for (String answer : translated) {
                for (String unit : StreamUnits.units(answer)) {
                    String[] parts = StreamUnits.parts(unit);
                    if (parts.length >= 2 && !parts[1].startsWith("@")) {
                        pivots.putIfAbsent(parts[0].replace("\\", ""), StreamUnits.lemma(parts[1]));
                    }
                }
            }
        }
        Map<String, WordInfo> out = new HashMap<>();
        readings.forEach((form, list) -> {
            Set<String> pos = new LinkedHashSet<>();
            list.forEach(r -> pos.add(r.pos()));
            Reading first = list.get(0);
            Reading noun = list.stream().filter(r -> r.pos().equals("n")).findFirst().orElse(null);
            List<String> compound = new ArrayList<>();
            if (first.lemmas().size() > 1) {
                for (int p = 0; p < first.lemmas().size(); p++) {
                    compound.add(pivot(first, p, pivots));
                }
            }
            boolean definite = noun != null && list.stream().filter(r -> r.pos().equals("n"))
                    .allMatch(r -> r.tags().get(r.tags().size() - 1).contains("<def>"));
            out.put(form, new WordInfo(pos, pivot(first, first.lemmas().size() - 1, pivots),
                    noun == null ? null : pivot(noun, noun.lemmas().size() - 1, pivots), List.copyOf(compound), definite));
        });
        return out;
    }

    /** The readings worth translating: the first, and the first noun reading. */
    private static List<Reading> chosen(List<Reading> list) {
        List<Reading> chosen = new ArrayList<>(2);
        chosen.add(list.get(0));
        list.stream().filter(r -> r.pos().equals("n")).findFirst().filter(r -> r != list.get(0)).ifPresent(chosen::add);
        return chosen;
    }

    private static String pivot(Reading r, int part, Map<String, String> pivots) {
        String own = r.lemmas().get(part);
        String translated = pivots.get(own + r.tags().get(part));
        return Folding.fold(translated != null ? translated : own);
    }

    /** "butikk<n><m><sg><ind><cmp>+apotek<n><nt><pl><ind>" → parts (butikk, apotek) with their tags, markers dropped. */
    private static Reading reading(String reading) {
        List<String> lemmas = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String part : reading.split("(?<!\\\\)\\+")) {
            lemmas.add(StreamUnits.lemma(part));
            tags.add(StreamUnits.tags(part).replace("<cmp>", "").replace("<compound-R>", "").replace("<compound-only-L>", ""));
        }
        return new Reading(lemmas, tags);
    }

    private static List<String> chunks(List<String> items) {
        List<String> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += WORDS_PER_CHUNK) {
            chunks.add(String.join("\n", items.subList(from, Math.min(items.size(), from + WORDS_PER_CHUNK))));
        }
        return chunks;
    }

    @Override
    public boolean synonyms(String pivotA, String pivotB) {
        return thesaurus != null && thesaurus.related(pivotA, pivotB);
    }

    @Override
    public java.util.Set<String> synonymsOf(String pivot) {
        return thesaurus == null ? java.util.Set.of() : thesaurus.of(pivot);
    }

    @Override
    public String status() {
        return "Apertium lt-proc for " + String.join(", ", norms.keySet()) + " (" + cache.size() + " forms cached)"
                + (thesaurus == null ? ", no thesaurus" : ", thesaurus of " + thesaurus.size() + " entries");
    }

    @Override
    public void close() {
        norms.values().forEach(n -> {
            n.analyser().close();
            if (n.bidix() != null) {
                n.bidix().close();
            }
        });
    }
}
