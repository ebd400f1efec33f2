package dev.parallax.translate.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.parallax.support.text.UntrustedText;
import dev.parallax.translate.service.Translation;
import dev.parallax.translate.service.TranslationService;
import io.smallrye.common.annotation.Blocking;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "translate")
public class TranslateResource {

    private final TranslationService translations;

    public TranslateResource(TranslationService translations) {
        this.translations = translations;
    }

    @POST
    @Path("/translate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Translate text between Danish, Bokmål and Nynorsk")
    public TranslateResponse translate(@NotNull(message = "a JSON body is required") @Valid TranslateRequest request) {
        // translate answers new text, no offsets into the client's: normalised like the newsroom's
        Translation result = translations.translate(UntrustedText.normalise(request.text(), "text"), request.source(),
                request.target());
        return new TranslateResponse(result.text(), result.source(), result.target(), result.unknownWords());
    }

    @GET
    @Path("/pairs")
    @Operation(summary = "The supported translation directions")
    public PairsResponse pairs() {
        return new PairsResponse(translations.pairs().stream()
                .map(d -> new PairsResponse.Pair(d.source(), d.target()))
                .toList());
    }
}
