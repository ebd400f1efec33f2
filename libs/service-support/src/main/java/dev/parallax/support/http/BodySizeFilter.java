package dev.parallax.support.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.parallax.support.problem.ProblemException;

/**
 * A body without a declared length (sent chunked) read through a counter that stops at
 * {@link HttpLimitsConfig#maxBodyBytes()} with a problem+json 413, long before the HTTP layer's hard limit
 * ({@code quarkus.http.limits.max-body-size}, kept above it) would answer a bare one. A declared length is
 * checked earlier, before any byte is read, by {@link BodyLimitProblem}.
 */
public class BodySizeFilter {

    private final HttpLimitsConfig limits;

    public BodySizeFilter(HttpLimitsConfig limits) {
        this.limits = limits;
    }

    @ServerRequestFilter
    public void limitUndeclaredLength(ContainerRequestContext request) {
        if (request.getLength() < 0 && request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limits.maxBodyBytes()));
        }
    }

    /** Counts what is read and fails past the limit. */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw ProblemException.tooLarge("The body is larger than the " + limit + " bytes accepted.");
            }
        }
    }
}
