-- Needs screening across the resettlement pathways (issue 4): one screening on arrival and one pre-release review per
-- custody episode, each answering every pathway and, where they apply, the questions for women; and the actions worked
-- on in custody against each need. Pathway and women's-need keys are not checked here: their one list is
-- NEEDS_CATALOGUE in src/features/needs/needs.catalogue.ts, so that it can change without a migration.
-- Screenings and actions carry a version, so that two practitioners cannot overwrite each other without knowing.
-- Runs on PostgreSQL 15 and on PGlite: core features only, no extensions.

create table needs_screening (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  custody_episode_id uuid not null references custody_episode (id),
  kind text not null check (kind in ('arrival', 'pre-release')),
  womens_needs_apply boolean not null,
  -- The day it was first recorded: the deadline is met or missed by this date.
  screened_on date not null,
  screened_by uuid not null references app_user (id),
  updated_by uuid not null references app_user (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (custody_episode_id, kind)
);
create index needs_screening_person_idx on needs_screening (person_id);

create table needs_screening_pathway (
  screening_id uuid not null references needs_screening (id) on delete cascade,
  pathway text not null,
  status text not null check (status in ('no-need', 'need-identified', 'in-progress', 'support-declined', 'done')),
  urgency text check (urgency in ('low', 'medium', 'high', 'urgent')),
  own_words text,
  primary key (screening_id, pathway),
  -- A need has an urgency; no need has none.
  check ((status = 'no-need') = (urgency is null))
);

create table needs_screening_womens_need (
  screening_id uuid not null references needs_screening (id) on delete cascade,
  need text not null,
  answer text not null check (answer in ('yes', 'no', 'not-said')),
  primary key (screening_id, need)
);

create table need_action (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  custody_episode_id uuid not null references custody_episode (id),
  pathway text not null,
  description text not null,
  owner text not null check (owner in ('person', 'pom', 'com', 'partner', 'family', 'other')),
  owner_name text,
  due_date date not null,
  progress text not null default 'not-started' check (progress in ('not-started', 'in-progress', 'done')),
  progress_note text,
  completed_on date,
  version integer not null default 1,
  created_by uuid not null references app_user (id),
  updated_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((progress = 'done') = (completed_on is not null))
);
create index need_action_episode_idx on need_action (custody_episode_id, due_date);
create index need_action_person_idx on need_action (person_id);
