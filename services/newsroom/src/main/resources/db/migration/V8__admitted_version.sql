-- The membership version of its event at which an article joined it. A comparison stored for that version or a later
-- one covers the article; an article with a later member still waiting leaves the comparison to that member (one
-- align call for several reports that joined close together). Articles grouped before this column take their
-- event's current version: they are covered only by a comparison of the whole present membership, as before.
alter table article add column admitted_version integer;
update article a set admitted_version = e.membership_version from event e where a.event_id = e.id;
