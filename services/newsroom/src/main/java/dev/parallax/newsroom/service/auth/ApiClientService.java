package dev.parallax.newsroom.service.auth;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.parallax.newsroom.model.ApiClient;
import dev.parallax.support.problem.ProblemException;

/**
 * The programs allowed to call the API: created with a fresh token shown once, listed, revoked. A token is looked up
 * by its hash in the database on every request, so a revocation holds from the next request on (no cache to expire).
 */
@ApplicationScoped
public class ApiClientService {

    @Transactional
    public NewClient create(String name, Collection<String> roles) {
        String token = ApiTokens.generate();
        ApiClient client = store(name, token, Roles.of(roles));
        return new NewClient(view(client), token);
    }

    @Transactional
    public List<ClientView> list() {
        return ApiClient.newestFirst().stream().map(ApiClientService::view).toList();
    }

    /** Revokes the client's token from now on; revoking it again changes nothing. 404 for an unknown id. */
    @Transactional
    public ClientView revoke(UUID id) {
        ApiClient client = ApiClient.<ApiClient>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No API client " + id + "."));
        if (client.revoked == null) {
            client.revoked = Instant.now();
        }
        return view(client);
    }

    /** The account behind a token, unless it is unknown or revoked. */
    @Transactional
    public Optional<Account> authenticate(String token) {
        return ApiClient.activeByTokenHash(ApiTokens.hash(token))
                .map(client -> new Account(client.name, Set.of(client.roles)));
    }

    /**
     * Makes sure a client holds {@code token} (the demo token of {@code ./parallax up}): created when no client holds
     * it, left alone when one does, so that restarts change nothing. A revoked one stays revoked.
     */
    @Transactional
    public void ensure(String name, String token, Collection<String> roles) {
        if (ApiClient.byTokenHash(ApiTokens.hash(token)).isEmpty()) {
            store(name, token, Roles.of(roles));
        }
    }

    private static ApiClient store(String name, String token, Set<String> roles) {
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.name = name;
        client.tokenHash = ApiTokens.hash(token);
        client.roles = roles.toArray(String[]::new);
        client.created = Instant.now();
        client.persist();
        return client;
    }

    private static ClientView view(ApiClient client) {
        return new ClientView(client.id, client.name, new TreeSet<>(Arrays.asList(client.roles)), client.created,
                client.revoked);
    }
}
