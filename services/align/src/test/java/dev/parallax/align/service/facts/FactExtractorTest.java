package dev.parallax.align.service.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.parallax.align.service.Report;
import dev.parallax.text.SentenceSegmenter;

class FactExtractorTest {

    private final FactExtractor extractor = new FactExtractor();

    private List<Fact> facts(String text, LocalDate published) {
        return extractor.extract(0, new Report("r", text, "da", published, SentenceSegmenter.nordic().split(text)));
    }

    private List<Fact> facts(String text, String kind, LocalDate published) {
        return facts(text, published).stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @Test
    void normalisesAbsoluteDates() {
        String text = "Det skete 18. september 2015, første gang siden marts 2014. Mødet den 15. sept. og 2015-09-20.";
        assertThat(facts(text, "date", null)).extracting(Fact::text, Fact::value).containsExactly(
                tuple("18. september 2015", "2015-09-18"), tuple("marts 2014", "2014-03"),
                tuple("15. sept.", "--09-15"), tuple("2015-09-20", "2015-09-20"));
    }

    @Test
    void takesTheYearOfAnAbbreviatedDateFromPublication() {
        assertThat(facts("Samtalen den 15. sept. bar frugt.", "date", LocalDate.of(2015, 9, 18)))
                .extracting(Fact::value).containsExactly("2015-09-15");
    }

    @Test
    void anchorsTheDateToWhatItIsTheDateOf() {
        List<Fact> dates = facts("Første kontakt siden august 2014, mødet i marts 2014.", "date", null);
        assertThat(dates).extracting(Fact::key).containsExactly("month:since", "month");
    }

    @Test
    void resolvesRelativeDatesAgainstPublication() {
        LocalDate friday = LocalDate.of(2015, 9, 18);
        String text = "Ministrene talte sammen fredag. Merkel sagde onsdag, at hun i går mødtes med ham. "
                + "Det skete her til morgen. Sidste år var det anderledes, og i år ser det bedre ud.";
        assertThat(facts(text, "date", friday)).extracting(Fact::text, Fact::value).containsExactly(
                tuple("fredag", "2015-09-18"), tuple("onsdag", "2015-09-16"), tuple("i går", "2015-09-17"),
                tuple("her til morgen", "2015-09-18"), tuple("Sidste år", "2014"), tuple("i år", "2015"));
        assertThat(facts("Han kom fredag.", "date", null)).isEmpty();
    }

    @Test
    void normalisesDurationsToMinutes() {
        String text = "Den 50 minutter lange telefonsamtale. Under en timelang samtale. Mødet varede halvanden time. "
                + "Det andet varede 90 minutter. Konflikten har varet fire år.";
        assertThat(facts(text, "duration", null)).extracting(Fact::text, Fact::value).containsExactly(
                tuple("50 minutter", "PT50M"), tuple("timelang", "PT60M"), tuple("halvanden time", "PT90M"),
                tuple("90 minutter", "PT90M"), tuple("fire år", "P4Y"));
        assertThat(facts(text, "duration", null).get(0).key()).isEqualTo("telefonsamtale");
    }

    @Test
    void readsNumbersInDigitsAndWords() {
        String text = "Over 1.000 mennesker blev dræbt, 7,5 procent stemte, de to lande og 2,8 milliarder pund. Kl. 7.55 skete det.";
        assertThat(facts(text, "number", null)).extracting(Fact::text, Fact::value, Fact::key).containsExactly(
                tuple("1.000", "1000", "menne"), tuple("7,5 procent", "7.5", "%"), tuple("to", "2", "lande"),
                tuple("2,8 milliarder", "2800000000", "pund"));
        assertThat(facts(text, "time", null)).extracting(Fact::value).containsExactly("07:55");
    }

    @Test
    void pointsIntoTheTextAndTheSentence() {
        String text = "Første sætning. Det skete siden marts 2014.";
        Fact f = facts(text, "date", null).get(0);
        assertThat(text.substring(f.start(), f.end())).isEqualTo("marts 2014");
        assertThat(f.sentence()).isEqualTo(1);
    }
}
