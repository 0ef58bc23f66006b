-- The manager's queue: a manager's sign-off of an item that needed their eye (issue 17). The items themselves
-- are computed from each feature's own records; only the sign-offs are stored, never changed or deleted, so
-- that what a manager has overseen is kept.
create table oversight_sign_off (
  id uuid primary key default gen_random_uuid(),
  -- What kind of item it was (one kind per source, e.g. 'release-without-accommodation') and the record it
  -- was about (a custody episode's or a review's id): an item is signed off once.
  kind text not null check (kind ~ '^[a-z][a-z0-9-]{0,59}$'),
  subject_id text not null check (length(subject_id) between 1 and 100),
  person_id uuid not null references person (id),
  team_id uuid not null references team (id),
  -- The item's wording when signed off, so that the history reads as the manager saw it.
  label text not null check (length(label) between 1 and 200),
  note text check (length(note) <= 1000),
  signed_off_by uuid not null references app_user (id),
  signed_off_on date not null,
  signed_off_at timestamptz not null default now(),
  -- Subject first: the queue looks sign-offs up by the records its items are about.
  constraint oversight_sign_off_once unique (subject_id, kind)
);
create index oversight_sign_off_team_idx on oversight_sign_off (team_id, signed_off_at desc);
create index oversight_sign_off_person_idx on oversight_sign_off (person_id, signed_off_on);

create function oversight_sign_off_kept() returns trigger language plpgsql as $$
begin
  raise exception 'a sign-off is kept as it was made';
end $$;

create trigger oversight_sign_off_kept before update or delete on oversight_sign_off
  for each row execute function oversight_sign_off_kept();
