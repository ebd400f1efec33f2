package dev.parallax.translate.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.parallax.support.auth.ServiceSecretHeaders;

/** The langid service's detect endpoint; only {@link LangidClient} uses it. */
@RegisterRestClient(configKey = "langid")
@RegisterClientHeaders(ServiceSecretHeaders.class)
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface LangidRestClient {

    @POST
    @Path("/detect")
    DetectResponse detect(DetectRequest request);

    record DetectRequest(String text) {
    }

    record DetectResponse(String language, double confidence) {
    }
}
