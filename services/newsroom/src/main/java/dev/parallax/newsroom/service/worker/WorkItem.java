package dev.parallax.newsroom.service.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the worker needs of a pending article. */
public record WorkItem(UUID id, String text, LocalDate published, String language, UUID eventId, int attempts,
        Instant created) {
}
