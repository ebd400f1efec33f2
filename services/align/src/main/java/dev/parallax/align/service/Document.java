package dev.parallax.align.service;

import java.time.LocalDate;

/**
 * A report as a client sent it, validated at the edge; {@link AlignService} segments it into a {@link Report}.
 *
 * @param language  a BCP 47 tag, or null to detect
 * @param published the date relative expressions ("fredag", "i går") refer to, or null
 */
public record Document(String id, String text, String language, LocalDate published) {
}
