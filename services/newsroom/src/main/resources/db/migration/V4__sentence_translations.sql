-- Machine translations of an article's sentences (as align segmented it), for the claim matrix's cells read in
-- another norm. One translate call per article and target; the offsets say which sentences they are, so a
-- changed segmentation is translated anew rather than shown against the wrong sentences.
create table sentence_translation (
    article_id   uuid        not null references article (id) on delete cascade,
    target       text        not null check (target in ('da', 'nb', 'nn')),
    starts       integer[]   not null,
    ends         integer[]   not null,
    translations text[]      not null,
    created      timestamptz not null default now(),
    primary key (article_id, target),
    constraint sentence_translation_lengths check (
        cardinality(starts) = cardinality(ends) and cardinality(starts) = cardinality(translations))
);
