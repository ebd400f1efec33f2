-- Events that turn out to be one story are merged: a report similar to articles of two events joins them. The
-- absorbed event keeps its row and its comparison versions (its history), points at the event it went into, and
-- leaves the lists.
alter table event add column merged_into uuid references event (id);
alter table event add constraint event_not_merged_into_itself check (merged_into is null or merged_into <> id);
create index event_live_last_published_idx on event (last_published desc, created desc) where merged_into is null;
