-- Workload (issue 17): each person's tier with the model that set it and its history; each practitioner's grade,
-- contracted hours and reductions; and allocation decisions taken from the advice, with their reasons.
-- Runs on PostgreSQL 15 and on PGlite: core features only, no extensions.

-- Every tier ever set: the latest (by set_on, then created_at) is the person's tier now. The inputs the staff
-- member recorded are kept beside the result, so that the page can say how it was worked out.
create table person_tier (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  tier text not null check (tier ~ '^[A-D][0-3]$'),
  model text not null,
  rosh text not null check (rosh in ('low', 'medium', 'high', 'very-high')),
  rsr_percent numeric(5, 2) not null check (rsr_percent >= 0 and rsr_percent <= 100),
  mappa text not null check (mappa in ('none', '1', '2', '3')),
  flags text[] not null default '{}',
  protect_points integer not null check (protect_points >= 0),
  change_points integer not null check (change_points >= 0),
  needs_assessed boolean not null,
  set_on date not null,
  set_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index person_tier_person_idx on person_tier (person_id, set_on desc, created_at desc);

-- The weekly history reads who each COM held from the allocation history.
create index allocation_com_staff_idx on allocation (staff_id, allocated_at) where kind = 'com';

-- A practitioner's grade and contracted hours (one row each; a practitioner with none has no available points).
create table practitioner_hours (
  staff_id uuid primary key references app_user (id),
  grade text not null check (grade in ('PO', 'PQiP', 'PSO')),
  contracted_hours numeric(4, 2) not null check (contracted_hours > 0 and contracted_hours <= 48),
  updated_by uuid references app_user (id),
  updated_at timestamptz not null default now()
);

-- Hours taken off a practitioner's week for a reason, from a day and until a day (or open-ended). Scheduled before
-- the start, active between, ended after the end.
create table workload_reduction (
  id uuid primary key default gen_random_uuid(),
  staff_id uuid not null references app_user (id),
  hours numeric(4, 2) not null check (hours > 0 and hours <= 48),
  reason text not null,
  start_date date not null,
  end_date date,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (end_date is null or end_date >= start_date)
);
create index workload_reduction_staff_idx on workload_reduction (staff_id);

-- A manager's choice from the allocation advice: who was chosen, where the advice ranked them, who it ranked
-- first, and why.
create table allocation_decision (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  staff_id uuid not null references app_user (id),
  ranked integer not null check (ranked >= 1),
  advised_staff_id uuid references app_user (id),
  reason text not null,
  decided_by uuid not null references app_user (id),
  decided_at timestamptz not null default now()
);
create index allocation_decision_person_idx on allocation_decision (person_id);
