package dev.parallax.newsroom.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.parallax.support.auth.ServiceSecretHeaders;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The align service; only {@link AlignClient} uses it. */
@Path("/api/v1")
@RegisterRestClient(configKey = "align")
@RegisterClientHeaders(ServiceSecretHeaders.class)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface AlignApi {

    /** The raw answer: it is stored as it came, extra fields included. */
    @POST
    @Path("/align")
    ObjectNode align(AlignRequest request);
}
