package dev.parallax.newsroom.service.ingest;

import dev.parallax.support.problem.ProblemException;

/**
 * What became of one article of a batch: stored or found ({@code ingested}), or refused by a rule of this deployment
 * ({@code refusal}, the problem the single endpoint would have answered).
 */
public record BatchOutcome(IngestOutcome ingested, ProblemException refusal) {

    static BatchOutcome of(IngestOutcome ingested) {
        return new BatchOutcome(ingested, null);
    }

    static BatchOutcome refused(ProblemException refusal) {
        return new BatchOutcome(null, refusal);
    }
}
