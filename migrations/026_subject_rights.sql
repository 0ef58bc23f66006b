-- Data subject rights (issue 19): the history of corrections to a person's details (rectification), each with
-- who made it, when, the value before and after and the reason. Rows are only ever added. The subject access
-- export includes them. Runs on PostgreSQL 15 and on PGlite: core features only, no extensions.
create table person_detail_change (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  field text not null check (length(field) between 1 and 60),
  old_value text,
  new_value text,
  reason text check (reason is null or length(reason) between 1 and 500),
  changed_by uuid references app_user (id),
  changed_at timestamptz not null default now()
);
create index person_detail_change_person_idx on person_detail_change (person_id, changed_at desc);
