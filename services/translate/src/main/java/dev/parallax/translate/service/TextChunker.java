package dev.parallax.translate.service;

import java.util.ArrayList;
import java.util.List;

import dev.parallax.text.SentenceSegmenter;
import dev.parallax.text.Span;

/**
 * Cuts a text into the pieces sent through Apertium and the layout kept around them.
 * <p>
 * Every line is translated on its own: Apertium's plain-text mode merges a heading without a full stop
 * into the next paragraph and moves blank lines, so line breaks, blank lines and indentation never enter
 * a pipeline. A line longer than the chunk limit is cut between sentences (and, for a monster sentence,
 * between words), so no single flush grows with the document. Lines without a letter or digit
 * ({@code ---}, {@code * * *}) are layout too.
 */
public final class TextChunker {

    /** A part of the text: either kept as it is or translated. */
    public sealed interface Piece permits Layout, Chunk {
        String text();
    }

    public record Layout(String text) implements Piece {
    }

    public record Chunk(String text) implements Piece {
    }

    private final SentenceSegmenter segmenter;
    private final int maxChunkChars;

    public TextChunker(SentenceSegmenter segmenter, int maxChunkChars) {
        if (maxChunkChars < 50) {
            throw new IllegalArgumentException("maxChunkChars must be at least 50");
        }
        this.segmenter = segmenter;
        this.maxChunkChars = maxChunkChars;
    }

    /** The pieces of {@code text}; concatenating their texts gives {@code text} back exactly. */
    public List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            splitLine(text, lineStart, lineEnd, pieces);
            if (newline < 0) {
                break;
            }
            pieces.add(new Layout("\n"));
            lineStart = newline + 1;
        }
        return merge(pieces);
    }

    private void splitLine(String text, int start, int end, List<Piece> pieces) {
        int contentStart = start;
        int contentEnd = end;
        while (contentStart < contentEnd && Character.isWhitespace(text.charAt(contentStart))) {
            contentStart++;
        }
        while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        pieces.add(new Layout(text.substring(start, contentStart)));
        String content = text.substring(contentStart, contentEnd);
        if (content.codePoints().noneMatch(Character::isLetterOrDigit)) {
            pieces.add(new Layout(content));
        } else if (content.length() <= maxChunkChars) {
            pieces.add(new Chunk(content));
        } else {
            splitLongLine(content, pieces);
        }
        pieces.add(new Layout(text.substring(contentEnd, end)));
    }

    /** Packs whole sentences into chunks of at most maxChunkChars; the gaps between chunks stay layout. */
    private void splitLongLine(String line, List<Piece> pieces) {
        List<Span> sentences = segmenter.split(line);
        int cursor = 0;
        int chunkStart = -1;
        int chunkEnd = -1;
        for (Span sentence : sentences) {
            if (chunkStart >= 0 && sentence.end() - chunkStart > maxChunkChars) {
                pieces.add(new Chunk(line.substring(chunkStart, chunkEnd)));
                cursor = chunkEnd;
                chunkStart = -1;
            }
            if (chunkStart < 0) {
                pieces.add(new Layout(line.substring(cursor, sentence.start())));
                if (sentence.end() - sentence.start() > maxChunkChars) {
                    splitAtWords(line.substring(sentence.start(), sentence.end()), pieces);
                    cursor = sentence.end();
                    continue;
                }
                chunkStart = sentence.start();
            }
            chunkEnd = sentence.end();
        }
        if (chunkStart >= 0) {
            pieces.add(new Chunk(line.substring(chunkStart, chunkEnd)));
            cursor = chunkEnd;
        }
        pieces.add(new Layout(line.substring(cursor)));
    }

    /** Last resort for a sentence longer than a chunk: cut at the last space that fits (or hard). */
    private void splitAtWords(String sentence, List<Piece> pieces) {
        int start = 0;
        while (sentence.length() - start > maxChunkChars) {
            int cut = sentence.lastIndexOf(' ', start + maxChunkChars);
            if (cut <= start) {
                cut = start + maxChunkChars;
                if (Character.isHighSurrogate(sentence.charAt(cut - 1))) {
                    cut--;
                }
                pieces.add(new Chunk(sentence.substring(start, cut)));
                start = cut;
            } else {
                pieces.add(new Chunk(sentence.substring(start, cut)));
                pieces.add(new Layout(" "));
                start = cut + 1;
            }
        }
        pieces.add(new Chunk(sentence.substring(start)));
    }

    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> merged = new ArrayList<>();
        StringBuilder layout = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece instanceof Layout) {
                layout.append(piece.text());
            } else if (!piece.text().isEmpty()) {
                if (layout.length() > 0) {
                    merged.add(new Layout(layout.toString()));
                    layout.setLength(0);
                }
                merged.add(piece);
            }
        }
        if (layout.length() > 0) {
            merged.add(new Layout(layout.toString()));
        }
        return merged;
    }
}
