package dev.parallax.support.validation;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * How constraint violations read to a client, in one place: for the problem+json answer of a whole request and for
 * the per-item errors of a batch.
 */
public final class Violations {

    private Violations() {
    }

    /** Each violation as "path: message", the path as the client wrote it ({@code documents[1].text}), sorted. */
    public static String detail(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> clientPath(v.getPropertyPath()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
    }

    /** 413 when every violation is of a size limit ({@link ConfiguredMax}, {@link TooLarge}), 400 otherwise. */
    public static int status(Collection<? extends ConstraintViolation<?>> violations) {
        boolean tooLarge = !violations.isEmpty() && violations.stream().allMatch(Violations::isSizeLimit);
        return tooLarge ? 413 : 400;
    }

    private static boolean isSizeLimit(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation() instanceof ConfiguredMax
                || violation.getConstraintDescriptor().getPayload().contains(TooLarge.class);
    }

    /** The path inside the request body: the resource method and its parameter names left out. */
    static String clientPath(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            // a node's index is its parent's: "documents[1].text" is the node "text" with index 1
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) { // "<list element>" adds no name of its own
                out.append(out.isEmpty() ? "" : ".").append(name);
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }
}
