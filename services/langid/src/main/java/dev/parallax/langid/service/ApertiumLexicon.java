package dev.parallax.langid.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import dev.parallax.apertium.PipelineFailedException;
import dev.parallax.apertium.StreamUnits;
import dev.parallax.apertium.WarmLookup;

/**
 * Whether Apertium's morphological analysers for Danish, Bokmål and Nynorsk know a word form. One warm
 * {@code lt-proc -z} process per norm (null-flush mode: one request per NUL), started once; the Apertium
 * data is GPL and stays in those separate processes. The distinct words of a batch go to the three
 * processes together, in parallel, and the answers are kept in a bounded cache, since most words of news
 * text repeat.
 * <p>
 * A form counts as known when the analyser gives it at least one reading that is not a compound-only
 * first part ({@code <compound-only-L>}): {@code ikkje} is a Nynorsk word, not just the start of a compound.
 * The Bokmål analyser runs with {@code -e}: a form no dictionary lists may still be decomposed into listed
 * words ({@code handlings+rom}). Such a decomposition only says that the word is Nordic ({@link #COMPOUND}),
 * not which norm writes it: the decomposer also splits words of the other norms into odd parts.
 */
public final class ApertiumLexicon implements NormLexicon, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ApertiumLexicon.class);

    /** Longer "words" (URLs without separators, chemistry) are looked up by nobody: they say nothing. */
    static final int MAX_WORD_CHARS = 30;
    /**
     * Words per request: the request must fit in the pipe to lt-proc (64 KiB) so that writing it can never
     * block while lt-proc waits for us to read its answer.
     */
    static final int WORDS_PER_REQUEST = 800;
    /** lt-proc answers 800 words in about 20 ms; far longer means it hangs, and it is killed. */
    static final long LOOKUP_TIMEOUT_SECONDS = 10;

    private final List<Analyser> analysers;
    private final Map<String, Byte> cache = new ConcurrentHashMap<>();
    private final int maxCacheEntries;
    private final ExecutorService pool;

    private ApertiumLexicon(List<Analyser> analysers, int maxCacheEntries) {
        this.analysers = analysers;
        this.maxCacheEntries = maxCacheEntries;
        this.pool = Executors.newFixedThreadPool(analysers.size(), runnable -> {
            Thread thread = new Thread(runnable, "apertium-lexicon");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the three analysers, or returns {@link NormLexicon#NONE} with a logged warning when lt-proc or
     * an analyser file is missing: the service must work without Apertium, only less well.
     */
    public static NormLexicon start(String command, Path danish, Path bokmaal, Path nynorsk, int maxCacheEntries) {
        List<Analyser> analysers = new ArrayList<>();
        try {
            for (Path file : List.of(danish, bokmaal, nynorsk)) {
                if (!Files.isReadable(file)) {
                    throw new IOException("analyser " + file + " is not readable");
                }
                // only the Bokmål analyser decomposes: the largest dictionary, and a decomposition only says
                // "a Nordic word"; trying to decompose every form another norm does not list doubled the
                // cost of the other two (the first pass over new text ran 16 % faster without it)
                analysers.add(new Analyser(command, file, file.equals(bokmaal)));
            }
            ApertiumLexicon lexicon = new ApertiumLexicon(analysers, maxCacheEntries);
            int ikkje = lexicon.norms("ikkje");
            if (ikkje != NN) {
                throw new IOException("self-check failed: 'ikkje' came back as norms " + ikkje);
            }
            return lexicon;
        } catch (IOException | RuntimeException e) {
            analysers.forEach(Analyser::close);
            LOG.warnf("Apertium lexicon unavailable (%s): detecting with n-grams and markers only", e.getMessage());
            return new NormLexicon.Unavailable(e.getMessage());
        }
    }


    /** What one analyser says of one form (bits). */
    static final int LISTED = 1;
    static final int DECOMPOSED = 2;
    static final int SIDE_FORM = 4;

    @Override
    public int norms(String word) {
        return entry(word) & ALL;
    }

    @Override
    public int entry(String word) {
        Byte known = cache.get(word);
        if (known == null) {
            prefetch(List.of(word));
            known = cache.get(word);
        }
        return known == null ? 0 : known;
    }

    @Override
    public void prefetch(Collection<String> words) {
        List<String> missing = new ArrayList<>();
        for (String word : new LinkedHashSet<>(words)) {
            if (word.length() > MAX_WORD_CHARS || word.isEmpty()) {
                continue;
            }
            if (!cache.containsKey(word)) {
                missing.add(word);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<Future<byte[]>> answers = new ArrayList<>();
        for (Analyser analyser : analysers) {
            answers.add(pool.submit(() -> analyser.knows(missing)));
        }
        byte[] entries = new byte[missing.size()];
        for (int a = 0; a < answers.size(); a++) {
            byte[] known;
            try {
                // the lookup's own deadline kills a hanging lt-proc before this wait gives up
                known = answers.get(a).get(LOOKUP_TIMEOUT_SECONDS + 5, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                LOG.warnf("Apertium lookup timed out; %d words count as unknown", missing.size());
                return;
            } catch (Exception e) {
                LOG.warnf("Apertium lookup failed (%s); these words count as unknown", e.getMessage());
                return; // cache nothing: the next batch retries with a restarted process
            }
            for (int i = 0; i < known.length; i++) {
                if ((known[i] & LISTED) != 0) {
                    entries[i] |= (byte) (1 << a);
                } else if ((known[i] & DECOMPOSED) != 0) {
                    entries[i] |= (byte) COMPOUND;
                }
                if (a == 1 && (known[i] & SIDE_FORM) != 0) {
                    entries[i] |= (byte) BOKMAAL_SIDE_FORM; // the Bokmål analyser is the one that knows side forms
                }
            }
        }
        if (cache.size() + missing.size() > maxCacheEntries) {
            cache.clear(); // crude but bounded; news vocabulary refills the common words within a few batches
        }
        for (int i = 0; i < entries.length; i++) {
            int entry = entries[i];
            if ((entry & ALL) != 0) {
                entry &= ~COMPOUND; // listed by one norm: the decomposition of the others adds nothing
            }
            cache.put(missing.get(i), (byte) entry);
        }
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String status() {
        return "apertium lt-proc (" + cache.size() + " words cached)";
    }

    @Override
    public void close() {
        pool.shutdownNow();
        analysers.forEach(Analyser::close);
    }

    /** Whether lt-proc's {@code ^surface/reading/reading$} unit lists the form as a word of its own. */
    static boolean known(String unit) {
        return (analysis(unit) & LISTED) != 0;
    }

    /**
     * What lt-proc's {@code ^surface/reading/reading$} unit says of the form: {@link #LISTED} for a reading
     * that stands alone, else {@link #DECOMPOSED} when {@code -e} split it into listed words (a reading with
     * {@code <cmp>} and {@code +}); plus {@link #SIDE_FORM} for a form that Bokmål writes only as a side form.
     */
    static int analysis(String unit) {
        String[] parts = StreamUnits.parts(unit);
        if (parts.length < 2 || parts[1].startsWith("*")) {
            return 0;
        }
        int analysis = 0;
        boolean everyReadingSideForm = true;
        for (int i = 1; i < parts.length; i++) {
            String reading = parts[i];
            if (reading.contains("<compound-only-L>")) {
                continue;
            }
            if (reading.contains("<cmp>") && reading.contains(">+")) { // vann<n>…<cmp><detriple>+lege<n>…
                analysis |= DECOMPOSED;
            } else {
                analysis |= LISTED;
                everyReadingSideForm &= isSideForm(parts[0], reading);
            }
        }
        if ((analysis & LISTED) == 0) {
            return analysis;
        }
        // sola is also "the sun", a main form: only a form that is nothing but a side form counts
        return everyReadingSideForm ? LISTED | SIDE_FORM : LISTED;
    }

    /**
     * The forms that Bokmål allows only beside its main form, while Nynorsk writes them as its own: the past
     * tense and participle of weak verbs in {@code -a} ({@code kasta} beside {@code kastet}), the definite
     * plural of neuter nouns ({@code husa} beside {@code husene}), the definite singular of feminine nouns in
     * {@code -ing} ({@code regjeringa} beside {@code regjeringen}; other feminine nouns, such as {@code jenta}
     * or {@code boka}, are common in Bokmål and do not count), and {@code blei} beside {@code ble}. The
     * participle's adjective readings ({@code kasta} as "thrown") count with the verb.
     */
    static boolean isSideForm(String surface, String reading) {
        if (surface.equals("blei")) {
            return reading.startsWith("bli<vblex><pret>");
        }
        if (!surface.endsWith("a")) {
            return false;
        }
        int tags = reading.indexOf('<');
        if (tags <= 0) {
            return false;
        }
        String lemma = reading.substring(0, tags);
        String tagString = reading.substring(tags);
        if (tagString.startsWith("<vblex><pret>") || tagString.startsWith("<vblex><pp>")
                || tagString.startsWith("<adj><pp>")) {
            // weak verb: kaste -> kasta; excludes strong and irregular pasts such as sa (si) or la (legge)
            return lemma.endsWith("e") && surface.equals(lemma.substring(0, lemma.length() - 1) + "a");
        }
        // the definite singular of feminine -ing nouns: Bokmål writes regjeringen, Nynorsk only regjeringa
        return tagString.startsWith("<n><nt><pl><def>") || tagString.startsWith("<n><f><sg><def>") && lemma.endsWith("ing");
    }

    /** One warm lt-proc analyser ({@link WarmLookup}): one lookup at a time, restarted after a failure. */
    private static final class Analyser {
        private final WarmLookup lookup;

        Analyser(String command, Path file, boolean decompose) throws IOException {
            List<String> args = decompose ? List.of(command, "-z", "-e", file.toString()) : List.of(command, "-z", file.toString());
            this.lookup = WarmLookup.start("lt-proc " + file.getFileName(), args, Duration.ofSeconds(LOOKUP_TIMEOUT_SECONDS));
        }

        /** {@link #analysis} of each word, in order. */
        byte[] knows(List<String> words) throws IOException {
            byte[] known = new byte[words.size()];
            List<String> chunks = new ArrayList<>();
            for (int from = 0; from < words.size(); from += WORDS_PER_REQUEST) {
                chunks.add(String.join("\n", words.subList(from, Math.min(words.size(), from + WORDS_PER_REQUEST))));
            }
            List<String> answers;
            try {
                answers = lookup.ask(chunks);
            } catch (PipelineFailedException e) {
                throw new IOException(e.getMessage(), e);
            }
            for (int c = 0; c < chunks.size(); c++) {
                Map<String, Integer> found = new HashMap<>();
                for (String unit : StreamUnits.units(answers.get(c))) {
                    int slash = unit.indexOf('/');
                    if (slash > 0) {
                        found.merge(unit.substring(0, slash), analysis(unit), (x, y) -> x | y);
                    }
                }
                int from = c * WORDS_PER_REQUEST;
                for (int i = from; i < Math.min(words.size(), from + WORDS_PER_REQUEST); i++) {
                    known[i] = (byte) (int) found.getOrDefault(words.get(i), 0);
                }
            }
            return known;
        }

        void close() {
            lookup.close();
        }
    }
}
