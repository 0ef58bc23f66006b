-- Diversity data and the outcomes dashboard (issue 15). A person's diversity record: special-category data under
-- s.35(8) of the Data Protection Act 2018, one row a person, every answer required and every question with
-- "prefer not to say". Categories are the ONS 2021 census ones (src/features/diversity/diversity.catalogue.ts);
-- the database stores the keys without checking them against the lists, as the needs catalogue does, so that a
-- change of list keeps older answers. Age is not stored: it comes from the date of birth. Runs on PostgreSQL 15
-- and on PGlite: core features only.
create table person_diversity (
  person_id uuid primary key references person (id),
  sex text not null,
  gender_same_as_sex text not null,
  ethnicity text not null,
  religion text not null,
  disability text not null,
  adjustments text,
  neurodivergent text not null,
  care_experienced text not null,
  veteran text not null,
  first_language text not null,
  first_language_other text,
  interpreter_needed text not null,
  version integer not null default 1,
  recorded_by uuid not null references app_user (id),
  recorded_on date not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint person_diversity_other_language check ((first_language = 'other') = (first_language_other is not null))
);

-- The dashboard reads the releases of a quarter with the follow-ups, readiness items and recall decisions of each
-- in one statement: the releases of a quarter are found on this index.
create index if not exists custody_episode_release_date_idx on custody_episode (release_date) where release_date is not null;

-- A recall decision counts unless a later review corrects it: that lookup is on this index, not a scan per release.
create index if not exists recall_review_corrects_idx on recall_review (corrects_id) where corrects_id is not null;

-- The dashboard keeps what it read for a scope and quarter until any table it reads changes: each statement that
-- writes one moves this sequence on (a sequence takes no lock, so writers never queue behind each other), and the
-- dashboard reads again when the number it saw has moved.
create sequence outcomes_revision;

create function outcomes_revision_bump() returns trigger language plpgsql as $$
begin
  perform nextval('outcomes_revision');
  return null;
end;
$$;

create trigger person_release_outcomes after insert or update or delete on person_release
  for each statement execute function outcomes_revision_bump();
create trigger release_follow_up_outcomes after insert or update or delete on release_follow_up
  for each statement execute function outcomes_revision_bump();
create trigger readiness_item_outcomes after insert or update or delete on readiness_item
  for each statement execute function outcomes_revision_bump();
create trigger allocation_outcomes after insert or update or delete on allocation
  for each statement execute function outcomes_revision_bump();
create trigger recall_review_outcomes after insert or update or delete on recall_review
  for each statement execute function outcomes_revision_bump();
create trigger person_diversity_outcomes after insert or update or delete on person_diversity
  for each statement execute function outcomes_revision_bump();
create trigger custody_episode_outcomes after insert or update or delete on custody_episode
  for each statement execute function outcomes_revision_bump();
create trigger person_outcomes after insert or update or delete on person
  for each statement execute function outcomes_revision_bump();
create trigger app_user_outcomes after insert or update or delete on app_user
  for each statement execute function outcomes_revision_bump();
