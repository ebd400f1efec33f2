package dev.parallax.newsroom.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.parallax.newsroom.service.auth.ApiClientService;
import dev.parallax.newsroom.service.auth.ClientView;
import dev.parallax.newsroom.service.auth.NewClient;
import dev.parallax.newsroom.service.auth.Roles;
import dev.parallax.newsroom.service.auth.UserService;
import dev.parallax.newsroom.service.auth.UserView;

/** What an admin manages: the API clients and their tokens, and the users who log in to the pages. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    /** An API client as answered; {@code token} only in the answer to its creation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Client(UUID id, String name, Set<String> roles, Instant created, Instant revoked, String token) {
        static Client of(ClientView view, String token) {
            return new Client(view.id(), view.name(), view.roles(), view.created(), view.revoked(), token);
        }
    }

    public record Clients(List<Client> clients) {
    }

    public record User(UUID id, String name, Set<String> roles, Instant created) {
        static User of(UserView view) {
            return new User(view.id(), view.name(), view.roles(), view.created());
        }
    }

    public record Users(List<User> users) {
    }

    private final ApiClientService clients;
    private final UserService users;

    AdminResource(ApiClientService clients, UserService users) {
        this.clients = clients;
        this.users = users;
    }

    @POST
    @Path("/clients")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API client; the answer holds its bearer token, shown this once (only its hash is kept)")
    @APIResponse(responseCode = "201", description = "Created, with the token")
    public Response createClient(@NotNull(message = "a JSON object with 'name' and 'roles' is required") @Valid
            ClientRequest request) {
        NewClient created = clients.create(request.name().strip(), request.roles());
        return Response.created(URI.create("/api/v1/admin/clients/" + created.client().id()))
                .entity(Client.of(created.client(), created.token())).build();
    }

    @GET
    @Path("/clients")
    @Operation(summary = "The API clients, newest first, revoked ones included (never their tokens)")
    public Clients listClients() {
        return new Clients(clients.list().stream().map(c -> Client.of(c, null)).toList());
    }

    @DELETE
    @Path("/clients/{id}")
    @Operation(summary = "Revoke a client's token, effective from the next request; the client stays listed")
    @APIResponse(responseCode = "200", description = "Revoked (also when it was already)")
    @APIResponse(responseCode = "404", description = "No such client")
    public Client revokeClient(@PathParam("id") String id) {
        return Client.of(clients.revoke(Ids.parse(id, "API client")), null);
    }

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user who logs in to the editors' pages (password kept as a slow salted hash)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response createUser(@NotNull(message = "a JSON object with 'name', 'password' and 'roles' is required") @Valid
            UserRequest request) {
        User user = User.of(users.create(request.name().strip(), request.password(), request.roles()));
        return Response.created(URI.create("/api/v1/admin/users/" + user.name())).entity(user).build();
    }

    @GET
    @Path("/users")
    @Operation(summary = "The users, by name")
    public Users listUsers() {
        return new Users(users.list().stream().map(User::of).toList());
    }

    @DELETE
    @Path("/users/{name}")
    @Operation(summary = "Delete a user; their session ends with their next request")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such user")
    public Response deleteUser(@PathParam("name") String name) {
        users.delete(name);
        return Response.noContent().build();
    }
}
