package dev.parallax.align.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.parallax.support.validation.CleanText;
import dev.parallax.support.validation.ConfiguredMax;
import dev.parallax.support.validation.ConfiguredSize;
import dev.parallax.support.validation.IsoDate;
import dev.parallax.support.validation.VisibleText;

/**
 * Two to twenty reports of one event (limits {@code align.min-documents}, {@code align.max-documents}). Texts are
 * checked, never changed: the answer's offsets point into them.
 */
public record AlignRequest(
        @NotNull(message = "is required: a list of reports") @ConfiguredSize(minProperty = "align.min-documents",
                maxProperty = "align.max-documents") @UniqueIds
        List<@NotNull(message = "is null") @Valid DocumentIn> documents) {

    /**
     * One report.
     *
     * @param published ISO date or date-time; anchors relative dates such as "fredag" or "i går"
     */
    public record DocumentIn(
            @Schema(required = true, examples = "000") @VisibleText @CleanText String id,
            @Schema(required = true) @VisibleText @CleanText @ConfiguredMax(property = "align.max-text-chars") String text,
            @Schema(examples = "da") @LanguageTag String language,
            @Schema(examples = "2015-09-18") @IsoDate
            @Pattern(regexp = "(?s).*\\S.*", message = "is blank; leave it out or give an ISO date (2015-09-18)")
            String published) {
    }
}
