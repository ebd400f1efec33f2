package dev.parallax.langid.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.parallax.langid.service.Detection;
import dev.parallax.langid.service.LanguageDetectionService;

@Path("/api/v1/detect")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DetectResource {

    private final LanguageDetectionService service;

    public DetectResource(LanguageDetectionService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Language of one text (da, nb, nn, other languages as themselves, und), optionally per sentence")
    public DetectResponse detect(@NotNull(message = "a JSON object with a 'text' field is required") @Valid DetectRequest request) {
        Detection whole = service.detect(request.text());
        List<SegmentResponse> segments = null;
        if (request.wantsSegments()) {
            segments = new ArrayList<>();
            for (LanguageDetectionService.SentenceDetection sentence : service.detectSentences(request.text(), whole)) {
                segments.add(new SegmentResponse(sentence.span().start(), sentence.span().end(),
                        sentence.detection().language(), Rounding.round(sentence.detection().confidence())));
            }
        }
        return DetectResponse.of(whole, segments);
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Languages of 1 to 1,000 texts, in request order")
    public BatchDetectResponse detectBatch(
            @NotNull(message = "a JSON object with a 'texts' array is required") @Valid BatchDetectRequest request) {
        List<String> texts = request.texts();
        service.prepare(texts);
        List<DetectResponse> results = new ArrayList<>(texts.size());
        for (String text : texts) {
            results.add(DetectResponse.of(service.detect(text), null));
        }
        return new BatchDetectResponse(results);
    }
}
