package dev.parallax.newsroom.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The editors' login. The form posts to Quarkus' form authentication ({@code /j_security_check}), which checks the
 * password (the newsroom's users), sets the encrypted session cookie and sends the browser back to the page it came
 * from, or to {@code /login/failed} after a wrong name or password.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class LoginPage {

    private final String sessionCookie;

    LoginPage(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut);
    }

    @GET
    @Path("/login")
    @Operation(summary = "Editors' page: log in with a name and password")
    public Response login() {
        return page(Templates.login(false, false), 200);
    }

    @GET
    @Path("/login/failed")
    @Operation(summary = "Editors' page: the login form again, after a wrong name or password")
    public Response failed() {
        return page(Templates.login(true, false), 401);
    }

    /** A POST, so that no link or image on another site can log an editor out. */
    @POST
    @Path("/logout")
    @Operation(summary = "End the editor's session (the session cookie is removed)")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.ok(Templates.login(false, true)).cookie(expired).header("Cache-Control", "no-store").build();
    }

    private static Response page(TemplateInstance page, int status) {
        return Response.status(status).entity(page).header("Cache-Control", "no-store").build();
    }
}
