package dev.parallax.translate.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.parallax.text.SentenceSegmenter;
import dev.parallax.translate.service.TextChunker.Chunk;
import dev.parallax.translate.service.TextChunker.Piece;

class TextChunkerTest {

    private final TextChunker chunker = new TextChunker(SentenceSegmenter.nordic(), 120);

    @Test
    void everyLineIsItsOwnChunkAndLayoutIsKeptExactly() {
        String text = "# Overskrift uden punktum\n\n  Første afsnit. Det er kort.\r\n\n---\nSidste linje  \n";

        List<Piece> pieces = chunker.split(text);

        assertThat(join(pieces)).isEqualTo(text);
        assertThat(chunks(pieces)).containsExactly("# Overskrift uden punktum", "Første afsnit. Det er kort.", "Sidste linje");
    }

    @Test
    void longLinesAreCutBetweenSentencesWithinTheLimit() {
        String sentence = "Han siger, at samtalen mellem de to ministre varede halvtreds minutter i går. ";
        String text = sentence.repeat(7).strip();

        List<Piece> pieces = chunker.split(text);

        assertThat(join(pieces)).isEqualTo(text);
        assertThat(chunks(pieces)).hasSizeGreaterThan(3)
                .allSatisfy(chunk -> assertThat(chunk).hasSizeLessThanOrEqualTo(120).endsWith("går."));
    }

    @Test
    void aSentenceLongerThanTheLimitIsCutBetweenWords() {
        String text = "ord ".repeat(100).strip();

        List<Piece> pieces = chunker.split(text);

        assertThat(join(pieces)).isEqualTo(text);
        assertThat(chunks(pieces)).allSatisfy(chunk -> assertThat(chunk).hasSizeLessThanOrEqualTo(120));
    }

    @Test
    void textWithoutLettersHasNothingToTranslate() {
        assertThat(chunks(chunker.split("***\n\n– – –\n"))).isEmpty();
    }

    private static String join(List<Piece> pieces) {
        return pieces.stream().map(Piece::text).collect(Collectors.joining());
    }

    private static List<String> chunks(List<Piece> pieces) {
        return pieces.stream().filter(Chunk.class::isInstance).map(Piece::text).toList();
    }
}
