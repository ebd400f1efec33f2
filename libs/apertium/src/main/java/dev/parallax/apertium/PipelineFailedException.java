package dev.parallax.apertium;

/** A pipeline could not deliver a complete translation; the request must fail rather than return part of it. */
public class PipelineFailedException extends Exception {

    public enum Reason {
        /** No pipeline became free before the request's deadline. */
        BUSY,
        /** A pipeline could not be started. */
        START_FAILED,
        /** A stage exited or a pipe broke. */
        DIED,
        /** The request's deadline passed while the pipeline was working. */
        TIMEOUT,
        /** The pipeline answered with empty or implausibly short output. */
        SHORT_OUTPUT
    }

    private final Reason reason;

    public PipelineFailedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public PipelineFailedException(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
