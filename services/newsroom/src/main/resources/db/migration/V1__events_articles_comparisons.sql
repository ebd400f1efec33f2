-- Events: one story, reported by one or more articles.
create table event (
    id                 uuid        primary key,
    title              text        not null,
    first_published    date        not null,
    last_published     date        not null,
    -- bumped whenever an article joins, so a stored comparison can tell whether it is stale
    membership_version integer     not null default 0 check (membership_version >= 0),
    created            timestamptz not null default now(),
    updated            timestamptz not null default now(),
    constraint event_dates_ordered check (first_published <= last_published)
);
-- newest first listing and the date window lookup of grouping
create index event_last_published_idx on event (last_published desc, created desc);
create index event_first_published_idx on event (first_published);

create table article (
    id                  uuid        primary key,
    source              text        not null check (btrim(source) <> ''),
    title               text,
    text                text        not null check (btrim(text) <> ''),
    published           date        not null,
    url                 text,
    -- sha-256 of source and text: the identity of an article posted without a url
    content_hash        text        not null check (length(content_hash) = 64),
    language            text,
    language_confidence double precision check (language_confidence between 0 and 1),
    language_override   boolean     not null default false,
    status              text        not null default 'pending' check (status in ('pending', 'processed')),
    event_id            uuid        references event (id),
    attempts            integer     not null default 0 check (attempts >= 0),
    next_attempt_at     timestamptz not null default now(),
    last_error          text,
    created             timestamptz not null default now(),
    processed           timestamptz,
    constraint article_url_unique unique (url),
    constraint article_processed_complete check (
        status = 'pending' or (event_id is not null and language is not null and processed is not null)),
    constraint article_override_has_language check (not language_override or language is not null)
);
-- url-less re-posts are recognised by source and text; articles with a url are identified by it alone
create unique index article_content_hash_unique on article (content_hash) where url is null;
-- the worker's claim query: due pending articles, oldest first
create index article_pending_due_idx on article (next_attempt_at) where status = 'pending';
create index article_event_idx on article (event_id);
create index article_published_idx on article (published);

-- The align service's answer for an event's articles (document ids are article ids).
create table comparison (
    event_id           uuid        primary key references event (id) on delete cascade,
    response           jsonb       not null check (jsonb_typeof(response) = 'object'),
    article_ids        uuid[]      not null check (cardinality(article_ids) >= 2),
    membership_version integer     not null check (membership_version >= 0),
    computed           timestamptz not null default now()
);
