package dev.parallax.translate.service;

import java.util.List;

/** A finished translation; {@code unknownWords} are source words Apertium did not know (copied through). */
public record Translation(String text, String source, String target, List<String> unknownWords) {
}
