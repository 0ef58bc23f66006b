-- Co-produced resettlement plans (issue 5): one plan per person, made with them. Runs on PostgreSQL 15 and on
-- PGlite: core features only, no extensions.

-- The plan as it stands: goals, steps, strengths, internal controls, additional licence conditions and supporters,
-- kept together as one document so that a version is one snapshot and two versions compare item by item.
-- `revision` counts every save and is the optimistic lock: the person and the practitioner may edit at once.
-- `version_number` is the plan version the person is asked to agree to; only a material change moves it.
create table plan (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null unique references person (id),
  content jsonb not null,
  revision integer not null default 1,
  version_number integer not null default 1,
  updated_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Every save, with the plan as it was after it: a second person to save is shown what changed since the
-- revision they read.
create table plan_revision (
  plan_id uuid not null references plan (id),
  revision integer not null,
  version_number integer not null,
  material boolean not null,
  content jsonb not null,
  changed_by uuid not null references app_user (id),
  changed_by_role text not null check (changed_by_role in ('person', 'practitioner')),
  created_at timestamptz not null default now(),
  primary key (plan_id, revision)
);

-- Each version of the plan the person is asked to agree to, as it stood at its last material change.
create table plan_version (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plan (id),
  person_id uuid not null references person (id),
  number integer not null,
  content jsonb not null,
  changed_by uuid not null references app_user (id),
  changed_by_role text not null check (changed_by_role in ('person', 'practitioner')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (plan_id, number)
);
create index plan_version_person_idx on plan_version (person_id);

-- The person's answer to a version: agreed or not, their comments, the steps they do not agree with, and the
-- date. An answer is never changed: a new one is added, and the latest for a version counts.
create table plan_agreement (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references plan (id),
  person_id uuid not null references person (id),
  version_number integer not null,
  agreed boolean not null,
  comments text,
  disagreed_step_ids jsonb not null default '[]',
  recorded_on date not null,
  recorded_by uuid not null references app_user (id),
  recorded_by_role text not null check (recorded_by_role in ('person', 'practitioner')),
  created_at timestamptz not null default now(),
  foreign key (plan_id, version_number) references plan_version (plan_id, number)
);
create index plan_agreement_plan_idx on plan_agreement (plan_id, version_number);
create index plan_agreement_person_idx on plan_agreement (person_id);
