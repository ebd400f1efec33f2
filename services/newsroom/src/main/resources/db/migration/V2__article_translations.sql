-- Machine translations of articles (translate service, Apertium), stored so that a page view does not
-- translate again. Articles never change once stored, so a translation never goes stale.
create table article_translation (
    id          uuid        primary key,
    article_id  uuid        not null references article (id) on delete cascade,
    source      text        not null check (source in ('da', 'nb', 'nn')),
    target      text        not null check (target in ('da', 'nb', 'nn')),
    translation text        not null check (btrim(translation) <> ''),
    -- source words Apertium did not know and copied through
    unknown     text[]      not null default '{}',
    created     timestamptz not null default now(),
    constraint article_translation_unique unique (article_id, target),
    constraint article_translation_direction check (source <> target)
);
