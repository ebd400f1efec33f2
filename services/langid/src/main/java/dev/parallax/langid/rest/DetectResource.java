package dev.parallax.langid.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.parallax.langid.config.LangidConfig;
import dev.parallax.langid.service.Detection;
import dev.parallax.langid.service.LanguageDetectionService;
import dev.parallax.support.problem.ProblemException;

@Path("/api/v1/detect")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DetectResource {

    private final LanguageDetectionService service;
    private final LangidConfig config;

    public DetectResource(LanguageDetectionService service, LangidConfig config) {
        this.service = service;
        this.config = config;
    }

    @POST
    @Operation(summary = "Language of one text (da, nb, nn, other languages as themselves, und), optionally per sentence")
    public DetectResponse detect(DetectRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("The body must be a JSON object with a 'text' field.");
        }
        service.validate(request.text(), "text");
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
    public BatchDetectResponse detectBatch(BatchDetectRequest request) {
        if (request == null || request.texts() == null) {
            throw ProblemException.badRequest("The body must be a JSON object with a 'texts' array.");
        }
        List<String> texts = request.texts();
        if (texts.isEmpty()) {
            throw ProblemException.badRequest("Field 'texts' must hold at least one text.");
        }
        if (texts.size() > config.maxBatchTexts()) {
            throw ProblemException.tooLarge("Field 'texts' has " + texts.size() + " texts; at most "
                    + config.maxBatchTexts() + " are accepted per request.");
        }
        for (int i = 0; i < texts.size(); i++) {
            service.validate(texts.get(i), "texts[" + i + "]");
        }
        service.prepare(texts);
        List<DetectResponse> results = new ArrayList<>(texts.size());
        for (String text : texts) {
            results.add(DetectResponse.of(service.detect(text), null));
        }
        return new BatchDetectResponse(results);
    }
}
