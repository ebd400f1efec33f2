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

import dev.parallax.newsroom.model.AppUser;
import dev.parallax.support.problem.ProblemException;

/** The people who log in to the editors' pages. Passwords are kept only as slow hashes ({@link Passwords}). */
@ApplicationScoped
public class UserService {

    /** A new user; 409 when the name is taken. */
    @Transactional
    public UserView create(String name, String password, Collection<String> roles) {
        if (AppUser.byName(name).isPresent()) {
            throw new ProblemException(409, "Conflict", "A user named '" + name + "' exists.");
        }
        return view(store(name, password, Roles.of(roles)));
    }

    @Transactional
    public List<UserView> list() {
        return AppUser.byNameOrder().stream().map(UserService::view).toList();
    }

    /** Removes the user; a session of theirs ends on its next request. 404 for an unknown name. */
    @Transactional
    public void delete(String name) {
        AppUser user = AppUser.byName(name).orElseThrow(() -> ProblemException.notFound("No user '" + name + "'."));
        user.delete();
    }

    /** The account of a name and password; empty when either is wrong (which one is not told). */
    @Transactional
    public Optional<Account> authenticate(String name, String password) {
        Optional<AppUser> user = AppUser.byName(name);
        if (user.isEmpty()) {
            // the same work as for a real user, so that the time taken does not tell which names exist
            Passwords.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        return Passwords.matches(password, user.get().passwordHash) ? Optional.of(account(user.get())) : Optional.empty();
    }

    /** The account of a user logged in before (the session cookie names them), with the roles they hold now. */
    @Transactional
    public Optional<Account> find(String name) {
        return AppUser.byName(name).map(UserService::account);
    }

    /**
     * Makes sure the user exists with this password and these roles (the demo editor of {@code ./parallax up}):
     * created when missing, its password and roles set again when they differ, so that restarts change nothing.
     */
    @Transactional
    public void ensure(String name, String password, Collection<String> roles) {
        Optional<AppUser> existing = AppUser.byName(name);
        if (existing.isEmpty()) {
            store(name, password, Roles.of(roles));
            return;
        }
        AppUser user = existing.get();
        if (!Passwords.matches(password, user.passwordHash)) {
            user.passwordHash = Passwords.hash(password);
        }
        user.roles = Roles.of(roles).toArray(String[]::new);
    }

    /** A hash of a password nobody knows: checked against for an unknown name, so its answer takes as long. */
    private static final String DUMMY_HASH = Passwords.hash(UUID.randomUUID().toString());

    private static AppUser store(String name, String password, Set<String> roles) {
        AppUser user = new AppUser();
        user.id = UUID.randomUUID();
        user.name = name;
        user.passwordHash = Passwords.hash(password);
        user.roles = roles.toArray(String[]::new);
        user.created = Instant.now();
        user.persist();
        return user;
    }

    private static Account account(AppUser user) {
        return new Account(user.name, Set.of(user.roles));
    }

    private static UserView view(AppUser user) {
        return new UserView(user.id, user.name, new TreeSet<>(Arrays.asList(user.roles)), user.created);
    }
}
