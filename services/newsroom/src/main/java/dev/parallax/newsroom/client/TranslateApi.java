package dev.parallax.newsroom.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.parallax.support.auth.ServiceSecretHeaders;

/** The translate service; only {@link TranslateClient} uses it. */
@Path("/api/v1")
@RegisterRestClient(configKey = "translate")
@RegisterClientHeaders(ServiceSecretHeaders.class)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface TranslateApi {

    @POST
    @Path("/translate")
    Translated translate(TranslateRequest request);
}
