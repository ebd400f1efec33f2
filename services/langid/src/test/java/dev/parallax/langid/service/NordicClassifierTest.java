package dev.parallax.langid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NordicClassifierTest {

    private static NordicClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = NordicClassifier.standard();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // function words and pronouns
            "da | Jeg ved ikke, hvad hun mener om det.",
            "nb | Jeg vet ikke hva hun mener om det.",
            "nn | Eg veit ikkje kva ho meiner om det.",
            // efter/etter, mig/meg, nu/nå/no
            "da | Han ringede til mig efter mødet, og nu venter vi.",
            "nb | Han ringte til meg etter møtet, og nå venter vi.",
            "nn | Han ringde til meg etter møtet, og no ventar vi.",
            // soft consonants: købe/kjøpe, gade/gate
            "da | Vi skal købe mad i butikken nede på gaden.",
            "nb | Vi skal kjøpe mat i butikken nede i gata.",
            // past tense -ede/-et/-a, plural -ar/-ane
            "da | De arbejdede hele dagen og spillede fodbold bagefter.",
            "nb | De arbeidet hele dagen og spilte fotball etterpå.",
            "nn | Dei arbeidde heile dagen og spela fotball etterpå.",
            "nn | Bilane og bussane køyrde sakte gjennom gatene i byen.",
            "nb | Bilene og bussene kjørte sakte gjennom gatene i byen.",
            "da | Bilerne og busserne kørte langsomt gennem gaderne i byen.",
            // outsiders are answered as themselves
            "sv | Jag vet inte vad hon menar om det, men vi får se efter mötet.",
            "en | I do not know what she means by that, but we will see after the meeting.",
            "de | Ich weiß nicht, was sie damit meint, aber wir sehen nach dem Treffen.",
            "is | Ég veit ekki hvað hún á við með því, en við sjáum til eftir fundinn.",
            "fo | Eg veit ikki, hvat hon meinar við tí, men vit síggja eftir fundin."})
    void tellsTheLanguagesApart(String language, String text) {
        Map<String, Double> scores = classifier.scores(text, LetterCount.count(text));

        assertThat(best(scores)).isEqualTo(language);
        assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Eg veit ikkje kva ho meiner om det.",
            "Jeg vet ikke hva hun mener om det.",
            "Jeg ved ikke, hvad hun mener om det.",
            "Det er bra."})
    void calibrationKeepsTheWinnerAndLowersTheConfidence(String text) {
        Map<String, Double> plain = classifier.scores(text, LetterCount.count(text));
        Map<String, Double> calibrated = classifier.calibrated(NordicClassifier.CONFIDENCE_SCALE)
                .scores(text, LetterCount.count(text));

        assertThat(best(calibrated)).isEqualTo(best(plain));
        assertThat(calibrated.get(best(calibrated))).isLessThanOrEqualTo(plain.get(best(plain)));
        assertThat(calibrated.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aSentenceValidInBokmaalAndNynorskStaysBelowTheConfidenceOfAClearOne() {
        NordicClassifier calibrated = classifier.calibrated(NordicClassifier.CONFIDENCE_SCALE);
        String both = "Det er bra.";
        String nynorsk = "Eg veit ikkje kva ho meiner om det.";

        Map<String, Double> ambiguous = calibrated.scores(both, LetterCount.count(both));
        assertThat(ambiguous.get(best(ambiguous))).isLessThan(0.9);
        assertThat(calibrated.scores(nynorsk, LetterCount.count(nynorsk)).get("nn")).isGreaterThan(0.9);
    }

    @Test
    void aForeignNameDoesNotOutweighTheNynorskAroundIt() {
        String text = "Daniel Sturridge redda Liverpool frå eit tap mot Chelsea ved å score i det 89. minuttet på laurdag.";

        assertThat(best(classifier.scores(text, LetterCount.count(text)))).isEqualTo("nn");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a German name and a short word that looks German to the n-grams; ikkje is evidence for the three
            // against every outsider, not only among the three
            "nn | Bayern vinn ikkje.",
            "nn | Schröder kjem ikkje.",
            "nb | Liverpool vant ikke."})
    void aWordOnlyTheNormsWriteKeepsAShortTextFromTheOutsiders(String language, String text) {
        Map<String, Double> scores = classifier.scores(text, LetterCount.count(text));

        assertThat(best(scores)).isEqualTo(language);
        assertThat(scores.get("da") + scores.get("nb") + scores.get("nn")).isGreaterThan(0.8);
    }

    @Test
    void oneQuotedNorwegianWordDoesNotMakeASwedishSentenceNorwegian() {
        String text = "Hon sa bara ikke och gick hem.";

        assertThat(best(classifier.scores(text, LetterCount.count(text)))).isEqualTo("sv");
    }

    @Test
    void aWordValidInSeveralNormsGetsLowConfidence() {
        Map<String, Double> scores = classifier.scores("Og", 2);

        assertThat(scores.get(best(scores))).isLessThan(0.9);
    }

    @Test
    void aLongClearTextGetsHighConfidence() {
        String text = "Eg veit ikkje kva ho meiner om det, men eg skal spørje henne når ho kjem heim frå arbeidet i kveld.";

        assertThat(classifier.scores(text, LetterCount.count(text)).get("nn")).isGreaterThan(0.99);
    }

    private static String best(Map<String, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
