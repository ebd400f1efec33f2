package dev.parallax.newsroom.rest;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.parallax.newsroom.service.ArticleProcessor;
import dev.parallax.newsroom.service.ArticleService;
import dev.parallax.newsroom.service.ArticleView;
import dev.parallax.newsroom.service.IngestOutcome;
import dev.parallax.newsroom.service.IngestService;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final IngestService ingest;
    private final ArticleService articles;
    private final ArticleProcessor processor;

    ArticleResource(IngestService ingest, ArticleService articles, ArticleProcessor processor) {
        this.ingest = ingest;
        this.articles = articles;
        this.processor = processor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an article; language, event and comparison follow asynchronously")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "Already stored (same url, or same source and text)")
    public Response create(ArticleRequest request) {
        IngestOutcome outcome = ingest.ingest(request);
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
}
