package dev.parallax.newsroom.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.parallax.support.auth.ServiceSecretHeaders;

/** The langid service's detect endpoint; only {@link LangidClient} uses it. */
@Path("/api/v1")
@RegisterRestClient(configKey = "langid")
@RegisterClientHeaders(ServiceSecretHeaders.class)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface LangidApi {

    @POST
    @Path("/detect")
    Detection detect(DetectRequest request);
}
