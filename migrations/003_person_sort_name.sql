-- Lists sort people by surname then forename, case-insensitively. A stored key lets an index do that
-- instead of lowering and sorting every row in scope on each page.
alter table person add column sort_name text generated always as (lower(last_name) || ' ' || lower(first_name)) stored;
create index person_sort_name_idx on person (sort_name, id);
