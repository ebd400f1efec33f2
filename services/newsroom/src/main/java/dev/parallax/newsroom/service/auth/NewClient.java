package dev.parallax.newsroom.service.auth;

/** A client just created, with its token: the one time the token is known outside its holder. */
public record NewClient(ClientView client, String token) {
}
