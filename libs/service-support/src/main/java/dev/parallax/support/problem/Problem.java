package dev.parallax.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param type   URI reference naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title  short, stable summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, in words a client developer can act on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
