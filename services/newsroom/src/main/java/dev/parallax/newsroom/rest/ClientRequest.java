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

/** Body of {@code POST /api/v1/admin/clients}: who the client is, for the admin's list, and what it may do. */
public record ClientRequest(
        @Schema(required = true, examples = "wire importer") @VisibleText @CleanText @Size(max = 200) String name,
        @Schema(required = true, examples = "[\"writer\"]")
        @NotEmpty(message = "name at least one of reader, writer, editor, admin") @Size(max = 4)
        List<@NotNull @Pattern(regexp = Roles.PATTERN, message = "must be one of reader, writer, editor, admin") String> roles) {
}
