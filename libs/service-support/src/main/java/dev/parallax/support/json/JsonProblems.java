package dev.parallax.support.json;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.parallax.support.problem.ProblemException;

/**
 * How a JSON document that could not be read as the expected type reads to a client, in one place: for the
 * problem+json answer of a whole request and for the per-item errors of a batch whose items are read one by one.
 */
public final class JsonProblems {

    /** A document of the wrong shape at its root: an array, a string or a number where an object belongs. */
    public static final String NOT_AN_OBJECT = "The body must be a JSON object with the documented fields.";

    private JsonProblems() {
    }

    /** The 400 (or the problem raised while parsing, e.g. by a limit) that answers {@code e}. */
    public static ProblemException problem(JsonProcessingException e) {
        // a problem raised while the body was parsed arrives wrapped by the parser
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        String detail;
        if (e instanceof InvalidFormatException invalid) {
            detail = "Invalid value " + describe(invalid.getValue()) + " for field '" + path(invalid) + "'.";
        } else if (e instanceof MismatchedInputException mismatch) {
            detail = mismatch.getPath().isEmpty() ? NOT_AN_OBJECT : "Field '" + path(mismatch) + "' has the wrong type.";
        } else {
            // Jackson's own message names the position of the syntax error; the first line is enough
            detail = "The body is not valid JSON: " + firstLine(e.getOriginalMessage());
        }
        return ProblemException.badRequest(detail);
    }

    /** The first line of a parser's message, which names the position; the rest repeats the input. */
    public static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
}
