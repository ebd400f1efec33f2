package dev.parallax.newsroom.rest;

import java.util.UUID;

import dev.parallax.support.problem.ProblemException;

final class Ids {

    private Ids() {
    }

    /** A malformed id names nothing that exists: 404, like an unknown one. */
    static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No " + what + " with id '" + abbreviate(id) + "'.");
        }
    }

    static ProblemException notFound(String what, UUID id) {
        return ProblemException.notFound("No " + what + " with id '" + id + "'.");
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
