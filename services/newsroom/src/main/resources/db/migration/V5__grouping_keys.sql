-- Grouping finds candidate articles through an index instead of reading every article of the date window:
-- each grouped article keeps its keys (hashes of its names and numbers; GroupingKeys), and a new article
-- looks up the articles of its window that share one.
alter table article add column grouping_keys bigint[];
create index article_grouping_keys_idx on article using gin (grouping_keys);
-- articles grouped before keys existed are still compared, found by date alone
create index article_grouped_without_keys_idx on article (published)
    where grouping_keys is null and event_id is not null;
