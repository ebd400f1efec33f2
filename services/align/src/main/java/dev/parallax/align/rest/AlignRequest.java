package dev.parallax.align.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Two to twenty reports of one event. Validated by the service, which knows the configured limits. */
public record AlignRequest(List<DocumentIn> documents) {

    /**
     * One report.
     *
     * @param published ISO date or date-time; anchors relative dates such as "fredag" or "i går"
     */
    public record DocumentIn(
            @Schema(required = true, examples = "000") String id,
            @Schema(required = true) String text,
            @Schema(examples = "da") String language,
            @Schema(examples = "2015-09-18") String published) {
    }
}
