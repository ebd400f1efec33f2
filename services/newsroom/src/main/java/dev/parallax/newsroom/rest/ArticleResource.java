package dev.parallax.newsroom.rest;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import dev.parallax.newsroom.service.Languages;
import dev.parallax.newsroom.service.ingest.ArticleService;
import dev.parallax.newsroom.service.ingest.ArticleView;
import dev.parallax.newsroom.service.ingest.IngestOutcome;
import dev.parallax.newsroom.service.ingest.IngestService;
import dev.parallax.newsroom.service.translation.TranslationService;
import dev.parallax.newsroom.service.worker.ArticleProcessor;
import dev.parallax.support.problem.ProblemException;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final IngestService ingest;
    private final ArticleService articles;
    private final ArticleProcessor processor;
    private final TranslationService translations;

    ArticleResource(IngestService ingest, ArticleService articles, ArticleProcessor processor,
            TranslationService translations) {
        this.ingest = ingest;
        this.articles = articles;
        this.processor = processor;
        this.translations = translations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article; language, event and comparison follow asynchronously")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "Already stored (same url, or same source and text)")
    public Response create(@NotNull(message = "a JSON object with at least 'source' and 'text' is required") @Valid ArticleRequest request) {
        IngestOutcome outcome = ingest.ingest(ArticleMapping.toNewArticle(request));
        ArticleCreated body = ArticleCreated.of(outcome.article());
        if (!outcome.created()) {
            return Response.ok(body).build();
        }
        // the insert has committed: the worker can see the article now
        processor.wake();
        return Response.created(URI.create("/api/v1/articles/" + body.id())).entity(body).build();
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
