package dev.parallax.align.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of one align request. */
@ConfigMapping(prefix = "align")
public interface AlignConfig {

    /** Fewer reports than this cannot be compared (AlignRequest's {@code @ConfiguredSize} checks both bounds). */
    @WithDefault("2")
    int minDocuments();

    /** The cost of linking grows with the square of the number of reports; above this the request is refused. */
    @WithDefault("20")
    int maxDocuments();

    /** Longest accepted text, in UTF-16 code units; a longer one is answered 413 (AlignRequest's {@code @ConfiguredMax}). */
    @WithDefault("100000")
    int maxTextChars();

    /** Apertium's analysers and dictionaries, which bring the words of the three norms to one Bokmål lemma. */
    Apertium apertium();

    interface Apertium {

        // where Debian installs the data: the defaults here, and what tests and benchmarks start
        String DANISH_ANALYSER = "/usr/share/apertium/apertium-dan-nor/dan-nob.automorf.bin";
        String DANISH_TO_BOKMAAL = "/usr/share/apertium/apertium-dan-nor/dan-nob.autobil.bin";
        String BOKMAAL_ANALYSER = "/usr/share/apertium/apertium-dan-nor/nob-dan.automorf.bin";
        String NYNORSK_ANALYSER = "/usr/share/apertium/apertium-nno-nob/nno-nob.automorf.bin";
        String NYNORSK_TO_BOKMAAL = "/usr/share/apertium/apertium-nno-nob/nno-nob.autobil.bin";
        String THESAURUS = "/usr/share/mythes/th_nb_NO_v2.dat";
        /** Off: slots are matched by spelling rules only. Missing Apertium has the same effect, with a warning. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("lt-proc")
        String command();

        @WithDefault(DANISH_ANALYSER)
        String danishAnalyser();

        /** Danish lemmas to Bokmål ones. */
        @WithDefault(DANISH_TO_BOKMAAL)
        String danishToBokmaal();

        @WithDefault(BOKMAAL_ANALYSER)
        String bokmaalAnalyser();

        /** The nno-nob pair's analyser, whose lemmas its dictionary to Bokmål knows. */
        @WithDefault(NYNORSK_ANALYSER)
        String nynorskAnalyser();

        @WithDefault(NYNORSK_TO_BOKMAAL)
        String nynorskToBokmaal();

        /** LibreOffice's Norwegian thesaurus (Debian mythes-no), for synonyms of Bokmål lemmas. */
        @WithDefault(THESAURUS)
        String thesaurus();

        /** Word forms whose answers are kept; the cache is emptied when it would grow past this. */
        @WithDefault("200000")
        int cacheEntries();

        /** One lookup longer than this means a hung lt-proc: it is killed and replaced. */
        @WithDefault("10s")
        java.time.Duration timeout();
    }
}
