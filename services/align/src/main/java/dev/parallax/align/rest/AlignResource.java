package dev.parallax.align.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.parallax.align.mapping.AlignmentMapper;
import dev.parallax.align.service.AlignService;

@Path("/api/v1/align")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AlignResource {

    private final AlignService align;

    public AlignResource(AlignService align) {
        this.align = align;
    }

    @POST
    @Operation(summary = "Segment reports of one event, link passages that report the same thing, compare their facts")
    @APIResponse(responseCode = "200", description = "Sentences, links and the fact comparison")
    @APIResponse(responseCode = "400", description = "Malformed JSON, missing/blank/duplicate id or text, bad language or date, wrong number of documents")
    @APIResponse(responseCode = "413", description = "Body or a text over the configured limit")
    @APIResponse(responseCode = "415", description = "Body is not JSON")
    public AlignResponse align(@NotNull(message = "a JSON object with 'documents' is required") @Valid AlignRequest request) {
        return AlignmentMapper.toResponse(align.align(AlignmentMapper.toDocuments(request)));
    }
}
