package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

    private final SentenceSegmenter segmenter = SentenceSegmenter.nordic();

    private List<String> sentences(String text) {
        return segmenter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void keepsOrdinalDatesAndAbbreviatedMonthsInsideTheSentence() {
        String text = "Telefonsamtalen den 15. sept. mellem Kerry og Lavrov bar frugt. Det skete 18. september 2015.";
        assertThat(sentences(text)).containsExactly(
                "Telefonsamtalen den 15. sept. mellem Kerry og Lavrov bar frugt.",
                "Det skete 18. september 2015.");
    }

    @Test
    void doesNotBreakAfterAbbreviationsFollowedByCapitals() {
        String text = "Det oplyser bl.a. Pentagon, iflg. Reuters. Han sagde nej.";
        assertThat(sentences(text)).containsExactly("Det oplyser bl.a. Pentagon, iflg. Reuters.", "Han sagde nej.");
    }

    @Test
    void breaksAtLineEndsSoHeadlinesAndCaptionsStandAlone() {
        String text = "Bevare Syrias enhet\n\nUSA og Russland er enige. Foto: AP\nKampen mot IS";
        assertThat(sentences(text)).containsExactly("Bevare Syrias enhet", "USA og Russland er enige.", "Foto: AP", "Kampen mot IS");
    }

    @Test
    void offsetsPointIntoTheOriginalTextInUtf16Units() {
        String text = "  Første sætning.   Anden 😀 sætning!  ";
        List<Span> spans = segmenter.split(text);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).of(text)).isEqualTo("Første sætning.");
        assertThat(spans.get(1).of(text)).isEqualTo("Anden 😀 sætning!");
        assertThat(spans.get(1).end()).isEqualTo(text.length() - 2);
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(segmenter.split("   \n\n ")).isEmpty();
        assertThat(segmenter.split("")).isEmpty();
    }

    @Test
    void doesNotBreakAfterCommonAbbreviations() {
        String text = "Han så f.eks. Kerry kl. 15. Mødet var iflg. Reuters kort. Det berørte bl.a. USA og Rusland.";
        assertThat(sentences(text)).containsExactly(
                "Han så f.eks. Kerry kl. 15.",
                "Mødet var iflg. Reuters kort.",
                "Det berørte bl.a. USA og Rusland.");
    }

    @Test
    void breaksBeforeDialogueDashes() {
        String text = "I Moskva siger en talskvinde noget. - Vi har aldrig afvist dialog, siger hun. – Det er ingen militære løsninger.";
        assertThat(sentences(text)).containsExactly(
                "I Moskva siger en talskvinde noget.",
                "- Vi har aldrig afvist dialog, siger hun.",
                "– Det er ingen militære løsninger.");
    }

    @Test
    void keepsClosingGuillemetsWithTheirSentence() {
        String danish = "Carter sagde: »De aftalte at fortsætte.« Desuden understregede han behovet.";
        assertThat(sentences(danish)).containsExactly("Carter sagde: »De aftalte at fortsætte.«", "Desuden understregede han behovet.");
        String norwegian = "Han sa det. «Barer er ikke lenger møteplasser.» Hva nå?";
        assertThat(sentences(norwegian)).containsExactly("Han sa det.", "«Barer er ikke lenger møteplasser.»", "Hva nå?");
    }

    @Test
    void keepsInitialsAndTitlesWithTheName() {
        String text = "Musikeren Dionisio A. Lind spillede. Hr. Adams og St. Martin's kirke lyttede.";
        assertThat(sentences(text)).containsExactly("Musikeren Dionisio A. Lind spillede.", "Hr. Adams og St. Martin's kirke lyttede.");
        // a capital letter after a lower-case word is a grade or a label, not an initial
        assertThat(sentences("I alt 68 procent fik karakteren A. Det viser fremgang.")).containsExactly(
                "I alt 68 procent fik karakteren A.", "Det viser fremgang.");
    }

    @Test
    void breaksBeforeASentenceThatStartsWithANumberButNotAfterAnOrdinal() {
        String text = "Det skete i går. 18 personer døde den 15. september.";
        assertThat(sentences(text)).containsExactly("Det skete i går.", "18 personer døde den 15. september.");
    }

    @Test
    void captionsOnTheirOwnLineStandAlone() {
        String text = "De er enige om Genève-prosessen. Foto: Hau Dinh / AP\n\nKreml-talsmann Dmitrij Peskov sier det.";
        assertThat(sentences(text)).containsExactly(
                "De er enige om Genève-prosessen.", "Foto: Hau Dinh / AP", "Kreml-talsmann Dmitrij Peskov sier det.");
    }

    @Test
    void aParagraphBrokenAfterACommaStaysOneSentence() {
        String text = "Han understregede, at samtalen blot er begyndelsen på denne dialog,\n\nog at dialogen skal undgå fejl.\n\nNy sætning.";
        assertThat(sentences(text)).containsExactly(
                "Han understregede, at samtalen blot er begyndelsen på denne dialog,\n\nog at dialogen skal undgå fejl.",
                "Ny sætning.");
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertThat(sentences("Hvorfor har Trump opgivet så meget? Ingen ved det! Men nej.")).containsExactly(
                "Hvorfor har Trump opgivet så meget?", "Ingen ved det!", "Men nej.");
    }

    @Test
    void aHeadlineRunIntoTheFirstSentenceWithoutAFullStopIsSplitAtTheOpeningWord() {
        assertThat(sentences("Ny vaccine lærer kroppen at dræbe kræftceller En forsøgsvaccine giver lovende resultater."))
                .containsExactly("Ny vaccine lærer kroppen at dræbe kræftceller", "En forsøgsvaccine giver lovende resultater.");
        assertThat(sentences("Dei tolererer ikkje folk som seier meininga si Då Momentum-folka røysta, var det ingen overrasking."))
                .containsExactly("Dei tolererer ikkje folk som seier meininga si", "Då Momentum-folka røysta, var det ingen overrasking.");
        assertThat(sentences("Han sa at «det går bra» Likevel var tonen en annen."))
                .containsExactly("Han sa at «det går bra»", "Likevel var tonen en annen.");
    }

    @Test
    void capitalisedOpeningWordsInsideNamesAndAddressesDoNotSplit() {
        for (String text : List.of(
                "Forslaget om å omdøpe nasjonalforsamlingen til Det walisiske parlamentet får støtte.",
                "Pressesekretæren i Det hvite hus svarte ikke.",
                "Det sagde udenrigsminister Ri Yong Ho lørdag i FN.",
                "I kan ikke stemme på mig, men I stemmer på mine kandidater.",
                "Boligen ligger i Det Gamle Apotek i Ribe.")) {
            assertThat(sentences(text)).containsExactly(text);
        }
    }

    @Test
    void markupLeftAfterAFullStopDoesNotHideTheSentenceEnd() {
        assertThat(sentences("Regnen kan gøre nytte.</seg> Ifølge målingerne er der tørke."))
                .containsExactly("Regnen kan gøre nytte.</seg>", "Ifølge målingerne er der tørke.");
    }

    @Test
    void headlineRunIntoASentenceSplitsBeforeACapitalisedCommonWord() {
        String text = "Ny medisin kan hjelpe eldre med å sove bedre Medisinen gjør søvnen dypere, sier forskerne.";
        // without a vocabulary, "Medisinen" could be a name
        assertThat(sentences(text)).containsExactly(text);
        assertThat(segmenter.split(text, Set.of("medisinen", "sove")).stream().map(s -> s.of(text)).toList())
                .containsExactly("Ny medisin kan hjelpe eldre med å sove bedre", "Medisinen gjør søvnen dypere, sier forskerne.");
    }

    @Test
    void commonWordsUsedAsNamesAcronymsAndShortWordsDoNotSplit() {
        Set<String> common = Set.of("rosa", "venstre", "hiv", "ye", "storm", "ikkje");
        for (String text : List.of(
                // capitalised after a lower-case word elsewhere in the text: a name ("Rosa" the hurricane)
                "Orkanen Rosa gir regn i Mexico. Meteorologene sier orkanen Rosa svekkes.",
                "Partiet Venstre vil ha en ny skatt. Lederen i Venstre er fornøyd.",
                // acronyms, words in capitals and words of two letters
                "Færre personer fikk HIV på denne måten.",
                "Men eg valde IKKJE å svare.",
                "Han har hatt kallenavnet Ye over lengre tid.",
                // after a preposition or a capitalised word
                "Skipet havnet i Storm i fjor.",
                "Hun kjøpte Ferrari Rosa til samlingen.")) {
            assertThat(segmenter.split(text, common).stream().map(s -> s.of(text)).toList())
                    .as(text).isEqualTo(sentences(text));
        }
    }

    @Test
    void lowerCaseWordsAreTheWordsWrittenInLowerCase() {
        assertThat(SentenceSegmenter.lowerCaseWords("Vaksinen virker. Ny vaksine fra Oslo-firmaet «Immuno» er testet."))
                .containsExactlyInAnyOrder("virker", "vaksine", "fra", "firmaet", "er", "testet");
    }
}
