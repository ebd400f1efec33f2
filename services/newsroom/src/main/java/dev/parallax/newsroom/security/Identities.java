package dev.parallax.newsroom.security;

import dev.parallax.newsroom.service.auth.Account;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** One way to make a security identity of an account, for every identity provider here. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.name()))
                .addRoles(account.roles())
                .build();
    }
}
