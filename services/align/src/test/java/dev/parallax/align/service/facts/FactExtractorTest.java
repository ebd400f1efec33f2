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
                tuple("1.000", "1000", "mennesker"), tuple("7,5 procent", "7.5", "%"), tuple("to", "2", "lande"),
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

    private List<Fact> factsIn(String language, String text, String kind, LocalDate published) {
        return extractor.extract(0, new Report("r", text, language, published, SentenceSegmenter.nordic().split(text)))
                .stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @Test
    void readsTeenNumberWordsOneAndAHalfAndNynorskMultipliers() {
        String text = "Seksten personar vart evakuerte. Kommunen fekk 3 milliardar kroner og 2,5 millionar kroner, "
                + "og staten gav halvannen milliard kroner.";
        assertThat(factsIn("nn", text, "number", null)).extracting(Fact::text, Fact::value, Fact::key).containsExactly(
                tuple("Seksten", "16", "personar"), tuple("3 milliardar", "3000000000", "kroner:NOK"),
                tuple("2,5 millionar", "2500000", "kroner:NOK"), tuple("halvannen milliard", "1500000000", "kroner:NOK"));
    }

    @Test
    void readsThousandsWrittenWithACommaAsThousands() {
        assertThat(FactExtractor.number("250,000")).isEqualByComparingTo("250000");
        assertThat(FactExtractor.number("2,50")).isEqualByComparingTo("2.5");
    }

    @Test
    void kronerCarryTheCurrencyOfTheAdjectiveOrTheReportsLanguage() {
        assertThat(FactExtractor.unit("svenske", "kroner", "nb")).isEqualTo("kroner:SEK");
        assertThat(FactExtractor.unit("kroner", null, "da")).isEqualTo("kroner:DKK");
        assertThat(FactExtractor.unit("kroner", null, "nn")).isEqualTo("kroner:NOK");
        // an adjective is skipped, a noun ending in -e is not an adjective
        assertThat(FactExtractor.unit("nye", "hytter", "nb")).isEqualTo("hytter");
        assertThat(FactExtractor.unit("menneske", "vart", "nn")).isEqualTo("menneske");
        assertThat(FactExtractor.unit("km", null, "da")).isEqualTo("kilometer");
        assertThat(FactExtractor.unit("Oslo", null, "nb")).isEmpty();
    }

    @Test
    void readsOneHourAndDurationsInsideCompounds() {
        String text = "Møtet varte ein time. Han fekk ein seksårig avtale, og hun en treårskontrakt.";
        assertThat(factsIn("nn", text, "duration", null)).extracting(Fact::text, Fact::value, Fact::key).containsExactly(
                tuple("ein time", "PT60M", ""), tuple("seksårig", "P6Y", "avtale"), tuple("treårskontrakt", "P3Y", "kontrakt"));
    }

    @Test
    void aMonthWithoutAYearIsTheNearestSuchMonthToPublication() {
        LocalDate published = LocalDate.of(2030, 11, 13);
        List<Fact> dates = factsIn("nb", "Valget holdes i mars, og kampanjen startet i oktober. Maj er ikke nevnt.", "date", published);
        assertThat(dates).extracting(Fact::text, Fact::value, Fact::key).containsExactly(
                tuple("mars", "2031-03", "month" + FactExtractor.YEARLESS),
                tuple("oktober", "2030-10", "month" + FactExtractor.YEARLESS));
    }

    @Test
    void aWeekdayAfterADeadlineWordIsTheComingOne() {
        LocalDate wednesday = LocalDate.of(2030, 11, 13);
        assertThat(factsIn("nb", "Arbeidet skal være ferdig innen fredag.", "date", wednesday))
                .extracting(Fact::value).containsExactly("2030-11-15");
        assertThat(factsIn("nb", "Arbeidet ble ferdig fredag.", "date", wednesday))
                .extracting(Fact::value).containsExactly("2030-11-08");
    }

    @Test
    void aDayOnWhichSomethingStartedIsTheDaySinceWhich() {
        LocalDate wednesday = LocalDate.of(2030, 11, 13);
        assertThat(factsIn("nn", "Streiken starta tysdag.", "date", wednesday)).extracting(Fact::key)
                .containsExactly("day:since" + FactExtractor.INFERRED);
    }

    @Test
    void boundsAreNotValues() {
        String text = "Fabrikken har mer enn 800 ansatte og nesten 40 biler, men 12 lastebiler.";
        assertThat(FactExtractor.isBound(text, text.indexOf("800"))).isTrue();
        assertThat(FactExtractor.isBound(text, text.indexOf("40"))).isTrue();
        assertThat(FactExtractor.isBound(text, text.indexOf("12"))).isFalse();
    }
}
