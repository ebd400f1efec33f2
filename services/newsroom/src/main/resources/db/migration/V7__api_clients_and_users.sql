-- Who may use the newsroom (docs/newsroom.md, Authentication). Secrets are never stored: an API client's token
-- only as its SHA-256 (the token is 32 random bytes, so no slow hash is needed), a user's password only as a salted,
-- slow PBKDF2 hash.
create table api_client (
    id          uuid        primary key,
    name        text        not null check (btrim(name) <> ''),
    -- SHA-256 of the bearer token, shown to the admin once when the client is created
    token_hash  bytea       not null unique check (octet_length(token_hash) = 32),
    roles       text[]      not null,
    created     timestamptz not null default now(),
    -- set once: a revoked client's token is refused from then on
    revoked     timestamptz
);

create table app_user (
    id            uuid        primary key,
    name          text        not null unique check (btrim(name) <> ''),
    -- pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>
    password_hash text        not null check (password_hash like 'pbkdf2-sha256$%'),
    roles         text[]      not null,
    created       timestamptz not null default now()
);
