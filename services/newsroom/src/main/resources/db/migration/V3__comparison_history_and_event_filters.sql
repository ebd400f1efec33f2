-- Comparison history: every recomputation of an event's comparison is a new version, kept. Version 1 is
-- the event's first comparison; the current one is the highest (marked, so that readers find it by index).
alter table comparison drop constraint comparison_pkey;
alter table comparison add column version integer not null default 1 check (version >= 1);
alter table comparison alter column version drop default;
alter table comparison add primary key (event_id, version);
alter table comparison add column current boolean not null default true;
create unique index comparison_current_idx on comparison (event_id) where current;

-- Claims by status, for the versions list and the events list's "has conflicts" filter. A comparison stored
-- before align made claims counts its facts instead.
alter table comparison add column agree_claims integer not null default 0 check (agree_claims >= 0);
alter table comparison add column conflict_claims integer not null default 0 check (conflict_claims >= 0);
alter table comparison add column unique_claims integer not null default 0 check (unique_claims >= 0);
update comparison set
    agree_claims = (select count(*) from jsonb_array_elements(
                 case when jsonb_typeof(response -> 'claims') = 'array' then response -> 'claims'
                      else coalesce(response -> 'comparison', '[]'::jsonb) end) item
             where item ->> 'status' = 'agree'),
    conflict_claims = (select count(*) from jsonb_array_elements(
                 case when jsonb_typeof(response -> 'claims') = 'array' then response -> 'claims'
                      else coalesce(response -> 'comparison', '[]'::jsonb) end) item
             where item ->> 'status' = 'conflict'),
    unique_claims = (select count(*) from jsonb_array_elements(
                 case when jsonb_typeof(response -> 'claims') = 'array' then response -> 'claims'
                      else coalesce(response -> 'comparison', '[]'::jsonb) end) item
             where item ->> 'status' = 'unique');
create index comparison_current_conflict_idx on comparison (event_id) where current and conflict_claims > 0;

-- Event filters of the events list: words in titles or texts (any norm: the 'simple' configuration folds
-- case and nothing else), language, source; dates use the event's date indexes of V1.
create index article_words_idx on article
    using gin (to_tsvector('simple', coalesce(title, '') || ' ' || text));
create index article_language_event_idx on article (language, event_id);
create index article_source_event_idx on article (lower(source), event_id);
