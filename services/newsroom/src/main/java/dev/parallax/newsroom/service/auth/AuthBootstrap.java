package dev.parallax.newsroom.service.auth;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.parallax.newsroom.config.NewsroomConfig;
import dev.parallax.support.auth.ServiceAuthConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Creates the demo editor and the demo API client that {@code ./parallax up} hands out, when the environment names
 * them; idempotent, so every start of every replica may run it. Nothing is created unless asked: a production
 * newsroom starts with no account, and its first admin client is made the same way (docs/deployment.md).
 */
@ApplicationScoped
public class AuthBootstrap {

    private static final Logger LOG = Logger.getLogger(AuthBootstrap.class);

    /** Client names are not unique; this one tells an admin listing clients where the token came from. */
    static final String DEMO_CLIENT = "demo (environment NEWSROOM_AUTH_DEMO_TOKEN)";

    private final NewsroomConfig config;
    private final ServiceAuthConfig auth;
    private final UserService users;
    private final ApiClientService clients;

    AuthBootstrap(NewsroomConfig config, ServiceAuthConfig auth, UserService users, ApiClientService clients) {
        this.config = config;
        this.auth = auth;
        this.users = users;
        this.clients = clients;
    }

    void onStart(@Observes StartupEvent start) {
        if (!auth.enabled()) {
            LOG.warn("Authentication is OFF (parallax.auth.enabled=false): anyone who reaches this newsroom may read,"
                    + " post and administer it.");
            return;
        }
        NewsroomConfig.Auth bootstrap = config.auth();
        if (bootstrap.editor().isPresent() != bootstrap.editorPassword().isPresent()) {
            throw new IllegalStateException("Set both NEWSROOM_AUTH_EDITOR and NEWSROOM_AUTH_EDITOR_PASSWORD, or neither.");
        }
        if (bootstrap.editor().isPresent()) {
            String password = bootstrap.editorPassword().get();
            if (password.length() < 12) {
                throw new IllegalStateException("NEWSROOM_AUTH_EDITOR_PASSWORD needs at least 12 characters.");
            }
            users.ensure(bootstrap.editor().get().strip(), password, List.of(Roles.EDITOR, Roles.READER));
            LOG.infof("Editor '%s' is ready to log in", bootstrap.editor().get().strip());
        }
        bootstrap.demoToken().map(String::strip).ifPresent(token -> {
            if (token.length() < 32) {
                throw new IllegalStateException("NEWSROOM_AUTH_DEMO_TOKEN needs at least 32 characters.");
            }
            clients.ensure(DEMO_CLIENT, token, Roles.ALL);
        });
    }
}
