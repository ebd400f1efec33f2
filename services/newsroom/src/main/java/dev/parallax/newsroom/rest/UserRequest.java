package dev.parallax.newsroom.rest;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.parallax.newsroom.service.auth.Roles;
import dev.parallax.support.validation.CleanText;
import dev.parallax.support.validation.VisibleText;

/** Body of {@code POST /api/v1/admin/users}: a person who logs in to the pages. */
public record UserRequest(
        @Schema(required = true, examples = "kari") @VisibleText @CleanText @Size(max = 100)
        @Pattern(regexp = "\\S+", message = "must not hold white space") String name,
        @Schema(required = true) @NotNull(message = "is required") @Size(min = 12, max = 200) String password,
        @Schema(required = true, examples = "[\"editor\", \"reader\"]")
        @NotEmpty(message = "name at least one of reader, writer, editor, admin") @Size(max = 4)
        List<@NotNull @Pattern(regexp = Roles.PATTERN, message = "must be one of reader, writer, editor, admin") String> roles) {
}
