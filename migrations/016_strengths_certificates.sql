-- Strengths, achievements, giving back and the certificate of rehabilitation (issue 16). Runs on PostgreSQL 15
-- and on PGlite: core features only, no extensions.

-- The strengths profile, written with the person in their words. A strength is never deleted: removing it sets
-- `removed_at`, and every change is kept in `strength_change`, so that its history can be told.
create table strength (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  category text not null check (category in
    ('skill', 'interest', 'value', 'relationship', 'faith', 'hope', 'protective')),
  text text not null,
  -- The plan's goals that build on it, by the ids the plan gives them.
  goal_ids jsonb not null default '[]',
  written_by_role text not null check (written_by_role in ('person', 'practitioner')),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  removed_at timestamptz
);
create index strength_person_idx on strength (person_id) where removed_at is null;

create table strength_change (
  id uuid primary key default gen_random_uuid(),
  strength_id uuid not null references strength (id),
  change text not null check (change in ('added', 'moved-from-plan', 'removed')),
  text text not null,
  changed_by uuid not null references app_user (id),
  changed_by_role text not null check (changed_by_role in ('person', 'practitioner')),
  created_at timestamptz not null default now()
);
create index strength_change_strength_idx on strength_change (strength_id);

-- The plan's strengths and protective factors move here, with who added them and when the plan first held them.
insert into strength (id, person_id, category, text, goal_ids, written_by_role, created_by, created_at)
select (s.item ->> 'id')::uuid, p.person_id,
  case when s.item ->> 'type' = 'protective' then 'protective' else 'skill' end,
  s.item ->> 'text',
  coalesce((select jsonb_agg(g ->> 'id') from jsonb_array_elements(p.content -> 'goals') g
            where g ->> 'buildsOn' = s.item ->> 'text'), '[]'::jsonb),
  coalesce(s.item -> 'by' ->> 'role', 'practitioner'),
  coalesce((s.item -> 'by' ->> 'userId')::uuid, p.updated_by),
  coalesce((select min(r.created_at) from plan_revision r
            where r.plan_id = p.id and r.content -> 'strengths' @> jsonb_build_array(jsonb_build_object('id', s.item ->> 'id'))),
           p.created_at)
from plan p cross join lateral jsonb_array_elements(p.content -> 'strengths') as s(item)
where s.item ->> 'id' ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
on conflict (id) do nothing;

insert into strength_change (strength_id, change, text, changed_by, changed_by_role, created_at)
select id, 'moved-from-plan', text, created_by, written_by_role, created_at from strength;

-- Achievements: recorded by the person or a practitioner, confirmed by a practitioner or the partner organisation
-- involved. Evidence is optional; its bytes are kept here (never on a path a request can name) and only ever
-- sent as a download.
create table achievement (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  kind text not null check (kind in ('qualification', 'job-started', 'job-kept', 'tenancy-kept',
    'treatment-completed', 'volunteering', 'mentoring', 'restorative-justice', 'milestone')),
  title text not null,
  achieved_on date not null,
  details text,
  recorded_by uuid not null references app_user (id),
  recorded_by_role text not null check (recorded_by_role in ('person', 'practitioner')),
  confirmed_by uuid references app_user (id),
  confirmed_on date,
  confirmed_by_organisation text,
  evidence_type text check (evidence_type in ('application/pdf', 'image/png', 'image/jpeg')),
  evidence_size integer check (evidence_size between 1 and 5242880),
  evidence bytea,
  created_at timestamptz not null default now(),
  check ((evidence is null) = (evidence_type is null))
);
create index achievement_person_idx on achievement (person_id, achieved_on desc);

-- Giving back: the roles the person takes and their hours. The organisation is text until the resource
-- directory exists.
create table giving_back (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  kind text not null check (kind in ('volunteering', 'peer-mentoring', 'mutual-aid')),
  organisation text not null,
  role text not null,
  started_on date not null,
  hours integer not null check (hours between 0 and 100000),
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index giving_back_person_idx on giving_back (person_id, started_on desc);

-- The certificate of rehabilitation: signed by the practitioner, countersigned by a manager, then issued with a
-- verification code. What it says is fixed when it is issued (`content`), so that it never changes afterwards.
-- `verification_id` is the random part of the code; the code itself is signed with a secret kept out of here.
create table certificate (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  reason text not null check (reason in ('end-of-licence', 'milestone')),
  milestone text,
  person_words text not null,
  practitioner_words text not null,
  achievement_ids jsonb not null default '[]',
  giving_back_ids jsonb not null default '[]',
  signed_by uuid not null references app_user (id),
  signed_on date not null,
  countersigned_by uuid references app_user (id),
  countersigned_on date,
  verification_id text unique,
  holder_name text,
  issuer text,
  content jsonb,
  revoked_by uuid references app_user (id),
  revoked_on date,
  revoked_reason text,
  created_at timestamptz not null default now(),
  check ((countersigned_by is null) = (verification_id is null)),
  check (revoked_by is null or countersigned_by is not null)
);
create index certificate_person_idx on certificate (person_id, created_at desc);
create index certificate_awaiting_idx on certificate (signed_by) where countersigned_by is null;

-- The secret that signs verification codes when CERTIFICATE_SECRET is not set: made once, on first use.
create table certificate_secret (
  id integer primary key check (id = 1),
  secret text not null,
  created_at timestamptz not null default now()
);
