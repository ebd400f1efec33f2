package dev.parallax.newsroom;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Authentication on, as deployed: API clients' bearer tokens with roles, the editors' form login, the demo accounts
 * from the environment, problem+json for 401 and 403, the probes open, and the service secret sent downstream.
 */
@QuarkusTest
@TestProfile(AuthTest.On.class)
@WithTestResource(DownstreamStubs.class)
class AuthTest {

    static final String DEMO_TOKEN = "demo-token-for-the-auth-test-0123456789abcdefgh";
    static final String EDITOR = "kari";
    static final String EDITOR_PASSWORD = "kari-password-0123";
    static final String SERVICE_SECRET = "newsroom-to-services-secret-01";
    static final String PROBLEM = "application/problem+json";

    public static class On implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.auth.enabled", "true",
                    "parallax.auth.service-secret", SERVICE_SECRET,
                    "newsroom.auth.editor", EDITOR,
                    "newsroom.auth.editor-password", EDITOR_PASSWORD,
                    "newsroom.auth.demo-token", DEMO_TOKEN,
                    "quarkus.http.auth.session.encryption-key", "auth-test-session-key-0123456789abcdef");
        }
    }

    @Inject
    DataSource dataSource;

    @DownstreamStubs.InjectStubs
    DownstreamStubs.Stubs stubs;

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** A new API client with these roles, made by the demo token (an admin); answers its token. */
    private static String client(String... roles) {
        return as(DEMO_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", "test client " + Api.unique(), "roles", List.of(roles)))
                .when().post("/api/v1/admin/clients")
                .then().statusCode(201).header("Location", containsString("/api/v1/admin/clients/"))
                .body("token", notNullValue()).extract().path("token");
    }

    private static Map<String, Object> article() {
        return Api.article("Auth test", "Regjeringa la fram forslaget måndag " + Api.unique() + ".", "2015-09-18");
    }

    @Test
    void withoutAValidTokenTheApiAnswersAProblem401() {
        for (Response response : List.of(
                given().when().get("/api/v1/events"),
                given().contentType(ContentType.JSON).body(article()).when().post("/api/v1/articles"),
                // an anonymous caller learns nothing of its body's faults: no 400 before the 401
                given().contentType(ContentType.JSON).body("{\"text\": \"Hej\"}").when().post("/api/v1/articles"),
                given().contentType(ContentType.JSON).body("{\"articles\": []}").when().post("/api/v1/articles/batch"),
                as("no-such-token").when().get("/api/v1/events"),
                given().header("Authorization", "Basic a2FyaTpwdw==").when().get("/api/v1/events"),
                given().when().get("/api/v1/admin/clients"))) {
            response.then().statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", org.hamcrest.Matchers.equalTo(401))
                    .body("title", org.hamcrest.Matchers.equalTo("Unauthorized"));
        }
    }

    @Test
    void probesMetricsAndTheLoginPageStayOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/login").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("action=\"/j_security_check\""));
    }

    @Test
    void eachRoleOpensItsEndpointsAndATokenLackingTheRoleGetsAProblem403() {
        String reader = client("reader");
        String writer = client("writer");
        String editor = client("editor");

        as(reader).when().get("/api/v1/events").then().statusCode(200);
        as(reader).contentType(ContentType.JSON).body(article()).when().post("/api/v1/articles").then()
                .statusCode(403).contentType(PROBLEM).body("status", org.hamcrest.Matchers.equalTo(403));
        as(reader).when().get("/").then().statusCode(403).contentType(PROBLEM);

        String id = as(writer).contentType(ContentType.JSON).body(article()).when().post("/api/v1/articles").then()
                .statusCode(201).extract().path("id");
        as(writer).contentType(ContentType.JSON).body(Map.of("articles", List.of(article()))).when()
                .post("/api/v1/articles/batch").then().statusCode(200);
        as(writer).when().get("/api/v1/articles/" + id).then().statusCode(403).contentType(PROBLEM);
        as(reader).when().get("/api/v1/articles/" + id).then().statusCode(200);

        // the pages take a bearer token too, for tools and checks
        as(editor).when().get("/").then().statusCode(200).contentType(ContentType.HTML);
        as(editor).when().get("/api/v1/events").then().statusCode(403).contentType(PROBLEM);
        // a bad token on a page is a machine's mistake: a 401, not a redirect to the login form
        given().redirects().follow(false).header("Authorization", "Bearer wrong").when().get("/").then()
                .statusCode(401).contentType(PROBLEM);

        for (String token : List.of(reader, writer, editor)) {
            as(token).when().get("/api/v1/admin/clients").then().statusCode(403).contentType(PROBLEM);
            as(token).contentType(ContentType.JSON).body(Map.of("name", "x", "roles", List.of("admin")))
                    .when().post("/api/v1/admin/clients").then().statusCode(403);
        }
        // the demo token holds every role
        as(DEMO_TOKEN).when().get("/").then().statusCode(200);
        as(DEMO_TOKEN).when().get("/api/v1/events").then().statusCode(200);
    }

    @Test
    void aRevokedTokenIsRefusedFromTheNextRequestOn() {
        io.restassured.path.json.JsonPath created = as(DEMO_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", "to be revoked", "roles", List.of("reader")))
                .when().post("/api/v1/admin/clients").then().statusCode(201).extract().jsonPath();
        String token = created.getString("token");
        String id = created.getString("id");
        as(token).when().get("/api/v1/events").then().statusCode(200);
        // listed without its token, not revoked yet
        as(DEMO_TOKEN).when().get("/api/v1/admin/clients").then().statusCode(200)
                .body("clients.token", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()))
                .body("clients.find { it.id == '" + id + "' }.name", org.hamcrest.Matchers.equalTo("to be revoked"))
                .body("clients.find { it.id == '" + id + "' }.revoked", org.hamcrest.Matchers.nullValue());

        as(DEMO_TOKEN).when().delete("/api/v1/admin/clients/" + id).then().statusCode(200)
                .body("revoked", notNullValue());
        as(token).when().get("/api/v1/events").then().statusCode(401).contentType(PROBLEM);
        as(DEMO_TOKEN).when().get("/api/v1/admin/clients").then()
                .body("clients.find { it.id == '" + id + "' }.revoked", notNullValue());
        // revoking again changes nothing; unknown and malformed ids are 404s
        as(DEMO_TOKEN).when().delete("/api/v1/admin/clients/" + id).then().statusCode(200);
        as(token).when().get("/api/v1/events").then().statusCode(401);
        as(DEMO_TOKEN).when().delete("/api/v1/admin/clients/00000000-0000-0000-0000-000000000000").then()
                .statusCode(404).contentType(PROBLEM);
        as(DEMO_TOKEN).when().delete("/api/v1/admin/clients/not-an-id").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void tokensAndPasswordsAreStoredOnlyHashed() throws Exception {
        String token = client("reader");
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        assertThat(Database.count(dataSource, "select count(*) from api_client where token_hash = ?", (Object) sha256))
                .as("the token's SHA-256 is stored").isEqualTo(1);
        assertThat(Database.count(dataSource, "select count(*) from api_client c where c::text like ?", "%" + token + "%"))
                .as("rows holding the token itself").isZero();

        String name = "user" + Api.unique();
        String password = "a-long-password-" + Api.unique();
        as(DEMO_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "password", password, "roles", List.of("editor")))
                .when().post("/api/v1/admin/users").then().statusCode(201)
                .body("password", org.hamcrest.Matchers.nullValue());
        assertThat(Database.count(dataSource, "select count(*) from app_user u where u::text like ?", "%" + password + "%"))
                .as("rows holding the password itself").isZero();
        assertThat(Database.count(dataSource,
                "select count(*) from app_user where name = ? and password_hash like 'pbkdf2-sha256$600000$%'", name))
                .as("a salted PBKDF2 hash").isEqualTo(1);
        assertThat(Database.count(dataSource, "select count(*) from app_user where name = ? and password_hash like ?",
                EDITOR, "pbkdf2-sha256$%")).as("the demo editor from the environment").isEqualTo(1);
    }

    @Test
    void badInputToTheAdminEndpointsIsAProblem4xx() {
        for (Object body : List.of(Map.of("name", "x"), Map.of("name", "x", "roles", List.of()),
                Map.of("name", "x", "roles", List.of("root")), Map.of("name", "  ", "roles", List.of("reader")),
                Map.of("name", 5, "roles", List.of("reader")), "[]")) {
            as(DEMO_TOKEN).contentType(ContentType.JSON).body(body).when().post("/api/v1/admin/clients").then()
                    .statusCode(400).contentType(PROBLEM);
        }
        as(DEMO_TOKEN).contentType(ContentType.JSON).body(Map.of("name", "x", "roles", List.of("root"))).when()
                .post("/api/v1/admin/clients").then().body("detail", containsString("roles"));
        as(DEMO_TOKEN).contentType(ContentType.TEXT).body("name=x").when().post("/api/v1/admin/clients").then()
                .statusCode(415).contentType(PROBLEM);
        as(DEMO_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", "short" + Api.unique(), "password", "short", "roles", List.of("editor")))
                .when().post("/api/v1/admin/users").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("password"));
        as(DEMO_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", EDITOR, "password", "another-password-0", "roles", List.of("editor")))
                .when().post("/api/v1/admin/users").then().statusCode(409).contentType(PROBLEM);
        as(DEMO_TOKEN).when().delete("/api/v1/admin/users/nobody-" + Api.unique()).then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void editorsLogInWithTheFormAndThePagesRedirectUntilThen() {
        // a browser without a session is sent to the login page
        given().redirects().follow(false).when().get("/events/00000000-0000-0000-0000-000000000000").then()
                .statusCode(302).header("Location", endsWith("/login"));
        // a wrong password: back to the form, with the failure said
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", EDITOR).formParam("j_password", "not-the-password")
                .when().post("/j_security_check").then()
                .statusCode(302).header("Location", endsWith("/login/failed"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        given().when().get("/login/failed").then().statusCode(401).body(containsString("Wrong name or password"));

        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", EDITOR).formParam("j_password", EDITOR_PASSWORD)
                .when().post("/j_security_check");
        login.then().statusCode(302).header("Location", endsWith("/"));
        assertThat(login.header("Set-Cookie")).contains("parallax-session=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        String session = login.cookie("parallax-session");

        given().cookie("parallax-session", session).when().get("/").then().statusCode(200)
                .contentType(ContentType.HTML).body(containsString("Log out"));
        // the editor (roles editor and reader) reads the API in the same session, and may not post
        given().cookie("parallax-session", session).when().get("/api/v1/events").then().statusCode(200);
        given().cookie("parallax-session", session).contentType(ContentType.JSON).body(article())
                .when().post("/api/v1/articles").then().statusCode(403).contentType(PROBLEM);
        // a forged cookie is no session
        given().redirects().follow(false).cookie("parallax-session", "forged" + session.substring(6)).when().get("/")
                .then().statusCode(302).header("Location", endsWith("/login"));

        // logging out removes the cookie
        given().cookie("parallax-session", session).when().post("/logout").then().statusCode(200)
                .header("Set-Cookie", containsString("parallax-session=;"));
    }

    @Test
    void aDeletedUsersSessionEndsWithTheNextRequest() {
        String name = "leaving" + Api.unique();
        String password = "a-long-password-" + Api.unique();
        as(DEMO_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "password", password, "roles", List.of("editor")))
                .when().post("/api/v1/admin/users").then().statusCode(201);
        as(DEMO_TOKEN).when().get("/api/v1/admin/users").then().statusCode(200).body("users.name", hasItem(name));
        String session = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", name).formParam("j_password", password)
                .when().post("/j_security_check").then().statusCode(302).extract().cookie("parallax-session");
        given().cookie("parallax-session", session).when().get("/").then().statusCode(200);
        as(DEMO_TOKEN).when().delete("/api/v1/admin/users/" + name).then().statusCode(204);
        given().redirects().follow(false).cookie("parallax-session", session).when().get("/").then()
                .statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void theNewsroomSendsItsServiceSecretToLangidAndAlign() {
        String writer = client("writer", "reader");
        String text = "Regjeringa la fram forslaget om nye tog måndag " + Api.unique() + ".";
        String id = as(writer).contentType(ContentType.JSON).body(Api.article("Auth test", text, "2015-09-18"))
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("id");
        java.time.Instant deadline = java.time.Instant.now().plus(Api.PATIENCE);
        while (!"processed".equals(as(writer).when().get("/api/v1/articles/" + id).then().extract().path("status"))) {
            assertThat(java.time.Instant.now()).as("article processed").isBefore(deadline);
            Api.sleep(100);
        }
        stubs.langid().verify(postRequestedFor(urlEqualTo("/api/v1/detect"))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_SECRET)));
    }
}
