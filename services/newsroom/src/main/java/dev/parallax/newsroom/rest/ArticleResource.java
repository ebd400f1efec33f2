package dev.parallax.newsroom.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.parallax.newsroom.service.Languages;
import dev.parallax.newsroom.service.ingest.ArticleService;
import dev.parallax.newsroom.service.ingest.ArticleView;
import dev.parallax.newsroom.service.ingest.BatchOutcome;
import dev.parallax.newsroom.service.ingest.IngestOutcome;
import dev.parallax.newsroom.service.ingest.IngestService;
import dev.parallax.newsroom.service.ingest.NewArticle;
import dev.parallax.newsroom.service.translation.TranslationService;
import dev.parallax.newsroom.service.worker.ArticleProcessor;
import dev.parallax.support.json.JsonProblems;
import dev.parallax.support.problem.ProblemException;
import dev.parallax.newsroom.service.auth.Roles;
import dev.parallax.support.validation.Violations;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class ArticleResource {

    private final IngestService ingest;
    private final ArticleService articles;
    private final ArticleProcessor processor;
    private final TranslationService translations;
    private final Validator validator;
    private final ObjectMapper json;
    private final MeterRegistry registry;
    private final Counter batches;

    ArticleResource(IngestService ingest, ArticleService articles, ArticleProcessor processor,
            TranslationService translations, Validator validator, ObjectMapper json, MeterRegistry registry) {
        this.ingest = ingest;
        this.articles = articles;
        this.processor = processor;
        this.translations = translations;
        this.validator = validator;
        this.json = json;
        this.registry = registry;
        this.batches = Counter.builder("newsroom.articles.batches").description("Batch ingest requests answered")
                .register(registry);
    }

    @POST
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article; language, event and comparison follow asynchronously")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "Already stored (same url, or same source and text)")
    public Response create(@NotNull(message = ArticleRequest.REQUIRED) @Valid ArticleRequest request) {
        IngestOutcome outcome = ingest.ingest(ArticleMapping.toNewArticle(request));
        ArticleCreated body = ArticleCreated.of(outcome.article());
        if (!outcome.created()) {
            return Response.ok(body).build();
        }
        // the insert has committed: the worker can see the article now
        processor.wake();
        return Response.created(URI.create("/api/v1/articles/" + body.id())).entity(body).build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store 1 to 500 articles, each on its own; one result per article, in request order")
    @APIResponse(responseCode = "200", description = "Per article: 201 stored, 200 already stored, 400 or 413 "
            + "rejected with the single endpoint's problem detail")
    @APIResponse(responseCode = "400", description = "Not an object with an 'articles' array of at least one article")
    @APIResponse(responseCode = "413", description = "More than 500 articles, or a body over the byte limit")
    public ArticleBatchResponse createAll(
            @NotNull(message = "a JSON object with an 'articles' array is required") @Valid ArticleBatchRequest request) {
        List<JsonNode> posted = request.articles();
        ArticleBatchResponse.Result[] results = new ArticleBatchResponse.Result[posted.size()];
        List<NewArticle> readable = new ArrayList<>(posted.size());
        List<Integer> readableAt = new ArrayList<>(posted.size());
        for (int i = 0; i < posted.size(); i++) {
            try {
                readable.add(read(posted.get(i)));
                readableAt.add(i);
            } catch (ProblemException rejected) {
                results[i] = ArticleBatchResponse.Result.rejected(rejected.status(), rejected.getMessage());
            }
        }
        List<BatchOutcome> outcomes = ingest.ingestAll(readable);
        boolean stored = false;
        for (int k = 0; k < outcomes.size(); k++) {
            BatchOutcome outcome = outcomes.get(k);
            results[readableAt.get(k)] = outcome.refusal() != null
                    ? ArticleBatchResponse.Result.rejected(outcome.refusal().status(), outcome.refusal().getMessage())
                    : ArticleBatchResponse.Result.of(outcome.ingested());
            stored |= outcome.ingested() != null && outcome.ingested().created();
        }
        if (stored) {
            // the inserts have committed: one wake-up lets the worker claim the whole batch
            processor.wake();
        }
        batches.increment();
        for (ArticleBatchResponse.Result result : results) {
            registry.counter("newsroom.articles.batched", "status", String.valueOf(result.status())).increment();
        }
        return new ArticleBatchResponse(List.of(results));
    }

    /**
     * One element of a batch read as {@link #create} reads its body, its errors worded the same: the strict JSON
     * reading, then {@link ArticleRequest}'s constraints, then {@link ArticleMapping}.
     *
     * @throws ProblemException what the single endpoint would have answered for this element
     */
    private NewArticle read(JsonNode element) {
        if (element == null || !element.isObject()) {
            throw ProblemException.badRequest(ArticleRequest.REQUIRED + ".");
        }
        ArticleRequest request;
        try {
            request = json.treeToValue(element, ArticleRequest.class);
        } catch (JsonProcessingException e) {
            throw JsonProblems.problem(e);
        }
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            String detail = Violations.detail(violations);
            throw Violations.status(violations) == 413 ? ProblemException.tooLarge(detail)
                    : ProblemException.badRequest(detail);
        }
        return ArticleMapping.toNewArticle(request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article and the state of its analysis")
    public ArticleView get(@PathParam("id") String id) {
        var uuid = Ids.parse(id, "article");
        return articles.find(uuid).orElseThrow(() -> Ids.notFound("article", uuid));
    }

    @GET
    @Path("/{id}/translation")
    @Operation(summary = "The article's text machine-translated (Apertium) into da, nb or nn; stored after the "
            + "first request")
    @APIResponse(responseCode = "200", description = "The translation, or the original if already in the target")
    @APIResponse(responseCode = "400", description = "target missing or not da, nb or nn")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "409", description = "Language not known yet, or not translatable")
    @APIResponse(responseCode = "503", description = "translate is unavailable; see Retry-After")
    public ArticleTranslationResponse translation(@PathParam("id") String id, @QueryParam("target") String target) {
        var uuid = Ids.parse(id, "article");
        String language = Languages.translationTarget(target).orElseThrow(() -> ProblemException.badRequest(
                "'target' must be one of " + String.join(", ", Languages.TRANSLATABLE) + "."));
        return translations.read(uuid, language).map(ArticleTranslationResponse::of)
                .orElseThrow(() -> Ids.notFound("article", uuid));
    }
}
