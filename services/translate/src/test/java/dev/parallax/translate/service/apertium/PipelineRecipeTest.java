package dev.parallax.translate.service.apertium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PipelineRecipeTest {

    private static final String NOB_DAN = "lt-proc -e -w '/d/nob-dan.automorf.bin' | cg-proc -w '/d/nob dan.rlx.bin' | "
            + "apertium-tagger -g $2 '/d/nob-dan.prob' | lrx-proc -m '/d/nor-dan.autolex.bin' | "
            + "rtx-proc '/d/nor-dan.rtx.bin' | lt-proc $1 \"/d/nor-dan.autogen.bin\"\n";

    @Test
    void parsesStagesQuotesAndPlaceholders() {
        ModeFile mode = ModeFile.parse("nob-dan", NOB_DAN);

        assertThat(mode.stages()).hasSize(6);
        assertThat(mode.stages().get(1)).containsExactly("cg-proc", "-w", "/d/nob dan.rlx.bin");
        assertThat(mode.stages().get(2)).containsExactly("apertium-tagger", "-g", "$2", "/d/nob-dan.prob");
        assertThat(mode.stages().get(5)).containsExactly("lt-proc", "$1", "/d/nor-dan.autogen.bin");
    }

    @Test
    void rejectsUnterminatedQuote() {
        assertThatThrownBy(() -> ModeFile.parse("x", "lt-proc 'abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullFlushesEveryStageFiltersRtxAndSilencesMarks() {
        List<List<String>> commands = PipelineRecipe.commands(ModeFile.parse("nob-dan", NOB_DAN), Optional.empty(), 0, false);

        assertThat(commands).hasSize(6).allSatisfy(command -> assertThat(command.get(1)).isEqualTo("-z"));
        assertThat(commands.get(4)).containsExactly("rtx-proc", "-z", "-F", "/d/nor-dan.rtx.bin");
        assertThat(commands.get(5)).containsExactly("lt-proc", "-z", "-n", "/d/nor-dan.autogen.bin");
        assertThat(commands.get(2)).containsExactly("apertium-tagger", "-z", "-g", "/d/nob-dan.prob");
    }

    @Test
    void insertsProjectRulesAfterStockLexicalSelectionAndCapsMemory() {
        List<List<String>> commands = PipelineRecipe.commands(ModeFile.parse("nob-dan", NOB_DAN),
                Optional.of(Path.of("/w/fix.bin")), 1024, true);

        assertThat(commands).hasSize(7);
        assertThat(commands.get(3)).endsWith("lrx-proc", "-z", "-m", "/d/nor-dan.autolex.bin");
        assertThat(commands.get(4)).containsExactly("prlimit", "--as=1024", "--", "lrx-proc", "-z", "-m", "/w/fix.bin");
        assertThat(commands.get(6)).containsSubsequence("lt-proc", "-z", "-g", "/d/nor-dan.autogen.bin");
        assertThat(commands).allSatisfy(command -> assertThat(command.subList(0, 3)).containsExactly("prlimit", "--as=1024", "--"));
    }
}
