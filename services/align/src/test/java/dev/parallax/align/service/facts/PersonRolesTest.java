package dev.parallax.align.service.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.parallax.align.service.Report;
import dev.parallax.text.SentenceSegmenter;

/** People's roles read from the noun phrase next to the name, in Danish, Bokmål and Nynorsk. */
class PersonRolesTest {

    private static List<Fact> people(String text) {
        Report report = new Report("r", text, "da", null, SentenceSegmenter.nordic().split(text));
        return new NameExtractor().extract(0, report, Map.of(NameKey.of("Carter"), "Ashton Carter"), java.util.Set.of()).stream()
                .filter(f -> f.kind().equals("person")).toList();
    }

    @Test
    void aTitleBeforeTheNameWithItsAdjectivesAndOwner() {
        assertThat(people("Samtalen mellem den amerikanske forsvarsminister Ash Carter og den russiske "
                + "forsvarsminister Sergei Shoigu varede en time. Det oplyste Pentagons pressesekretær Peter Cook."))
                .extracting(Fact::text, Fact::role).containsExactly(
                        tuple("Ash Carter", "amerikanske forsvarsminister"),
                        tuple("Sergei Shoigu", "russiske forsvarsminister"),
                        tuple("Peter Cook", "Pentagons pressesekretær"));
    }

    @Test
    void aTitleSetOffByCommasBeforeOrAfterTheName() {
        assertThat(people("Pentagon oplyser, at den amerikanske forsvarsminister, Ashton Carter, talte i telefon. "
                + "Det sier Peter Cook, talsmann for Pentagon, til NTB."))
                .extracting(Fact::text, Fact::role).containsExactly(
                        tuple("Ashton Carter", "amerikanske forsvarsminister"),
                        tuple("Peter Cook", "talsmann for Pentagon"));
    }

    @Test
    void aTitleOpeningTheSentenceIsTheRoleNotPartOfTheName() {
        assertThat(people("Utanriksminister Jonas Gahr Støre møtte Carter i går."))
                .extracting(Fact::text, Fact::role).containsExactly(
                        tuple("Jonas Gahr Støre", "utanriksminister"),
                        tuple("Carter", null));
    }

    @Test
    void anAdverbBeforeTheTitleIsNotPartOfIt() {
        assertThat(people("Det er ikke muligt, så længe præsident Bashar al-Assad er ved magten."))
                .extracting(Fact::text, Fact::role).containsExactly(tuple("Bashar al-Assad", "præsident"));
    }

    @Test
    void namesWithoutARoleHaveNone() {
        assertThat(people("Han talte med sin russiske kollega, Sergej Sjojgu, og med Maria Sakharova i Moskva."))
                .extracting(Fact::text, Fact::role).containsExactly(
                        tuple("Sergej Sjojgu", null),
                        tuple("Maria Sakharova", null));
    }
}
