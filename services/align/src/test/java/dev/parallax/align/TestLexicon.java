package dev.parallax.align;

import dev.parallax.align.service.lexicon.Lexicon;
import dev.parallax.align.service.lexicon.LexiconProducer;

/**
 * The lexicon the service runs with, on the real Apertium analysers and dictionaries and the installed
 * thesaurus (`./parallax test` installs them), started once for all tests of the JVM.
 */
public final class TestLexicon {

    private static Lexicon lexicon;

    private TestLexicon() {
    }

    public static synchronized Lexicon get() {
        if (lexicon == null) {
            lexicon = LexiconProducer.fromDefaults();
            if (lexicon == Lexicon.NONE) {
                throw new IllegalStateException("Apertium (apertium-dan-nor, apertium-nno-nob) or lt-proc is missing: "
                        + "run ./parallax test, which installs them");
            }
        }
        return lexicon;
    }
}
