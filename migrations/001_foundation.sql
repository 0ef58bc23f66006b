-- The foundation: organisation, users, people and their custody episodes, limited access,
-- sessions, sign-in throttling and the append-only audit trail.
-- Runs on PostgreSQL 15 and on PGlite: core features only, no extensions.

create table region (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null
);

create table pdu (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references region (id),
  code text not null unique,
  name text not null
);
create index pdu_region_idx on pdu (region_id);

create table team (
  id uuid primary key default gen_random_uuid(),
  pdu_id uuid not null references pdu (id),
  code text not null unique,
  name text not null
);
create index team_pdu_idx on team (pdu_id);

create table prison (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null
);

create table partner_organisation (
  id uuid primary key default gen_random_uuid(),
  name text not null unique
);

create table person (
  id uuid primary key default gen_random_uuid(),
  crn text not null unique check (crn ~ '^[A-Z][0-9]{6}$'),
  prison_number text unique check (prison_number ~ '^[A-Z][0-9]{4}[A-Z]{2}$'),
  first_name text not null,
  last_name text not null,
  preferred_name text,
  pronouns text,
  date_of_birth date not null,
  community_area text,
  pom_id uuid,
  com_id uuid,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index person_name_idx on person (lower(last_name), lower(first_name));
create index person_com_idx on person (com_id);
create index person_pom_idx on person (pom_id);

create table app_user (
  id uuid primary key default gen_random_uuid(),
  username text not null,
  display_name text not null,
  role text not null check (role in ('person', 'pom', 'com', 'manager', 'partner', 'admin')),
  team_id uuid references team (id),
  prison_id uuid references prison (id),
  partner_organisation_id uuid references partner_organisation (id),
  person_id uuid unique references person (id),
  password_hash text not null,
  active boolean not null default true,
  demo boolean not null default false,
  created_at timestamptz not null default now(),
  -- Each role is scoped by exactly the organisation it works in.
  constraint app_user_scope check (
    (role = 'person' and person_id is not null) or
    (role = 'pom' and prison_id is not null) or
    (role in ('com', 'manager') and team_id is not null) or
    (role = 'partner' and partner_organisation_id is not null) or
    role = 'admin'
  )
);
create unique index app_user_username_idx on app_user (lower(username));
create index app_user_team_idx on app_user (team_id);

alter table person add constraint person_pom_fk foreign key (pom_id) references app_user (id);
alter table person add constraint person_com_fk foreign key (com_id) references app_user (id);

create table custody_episode (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  prison_id uuid references prison (id),
  sentence_type text not null check (sentence_type in ('determinate', 'indeterminate', 'recall', 'immigration')),
  parole boolean not null default false,
  early_allocation boolean not null default false,
  arrival_date date not null,
  sentence_start_date date not null,
  conditional_release_date date,
  automatic_release_date date,
  parole_eligibility_date date,
  home_detention_curfew_eligibility_date date,
  tariff_expiry_date date,
  licence_expiry_date date,
  sentence_expiry_date date,
  top_up_supervision_end_date date,
  release_date date,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index custody_episode_person_idx on custody_episode (person_id, sentence_start_date desc);
create index custody_episode_prison_idx on custody_episode (prison_id) where release_date is null;

-- The history of who was allocated, so that continuity can be counted.
create table allocation (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  kind text not null check (kind in ('pom', 'com')),
  staff_id uuid references app_user (id),
  reason text,
  allocated_by uuid references app_user (id),
  allocated_at timestamptz not null default now()
);
create index allocation_person_idx on allocation (person_id, allocated_at);

-- Limited-access cases: an exclusion bars named staff; a restriction lets only named staff in.
create table limited_access (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  kind text not null check (kind in ('exclusion', 'restriction')),
  user_id uuid not null references app_user (id),
  start_date date not null,
  end_date date,
  message text not null,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (end_date is null or end_date >= start_date)
);
create index limited_access_person_idx on limited_access (person_id);

create table session (
  -- sha256 of the cookie's token: a copy of this table does not let anyone sign in.
  id_hash text primary key,
  user_id uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now()
);
create index session_user_idx on session (user_id);
create index session_last_seen_idx on session (last_seen_at);

create table sign_in_throttle (
  username text primary key,
  failures integer not null default 0,
  last_failure_at timestamptz,
  locked_until timestamptz
);

create table audit_event (
  id bigint primary key,
  occurred_at timestamptz not null default now(),
  actor_id uuid,
  actor_username text,
  action text not null,
  subject_person_id uuid,
  correlation_id text,
  outcome text not null default 'success' check (outcome in ('success', 'denied', 'failure')),
  details jsonb not null default '{}',
  justification text,
  prev_hash text not null,
  hash text not null
);
create sequence audit_event_id_seq;
create index audit_event_subject_idx on audit_event (subject_person_id, id desc);
create index audit_event_actor_idx on audit_event (actor_id, id desc);
create index audit_event_action_idx on audit_event (action, id desc);

-- The text each entry's hash is taken over. verify-audit recomputes it with the same function.
create function audit_event_digest(e audit_event) returns text language sql immutable as $$
  select encode(sha256(convert_to(concat_ws('|',
    e.id::text,
    to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(e.actor_id::text, ''),
    coalesce(e.actor_username, ''),
    e.action,
    coalesce(e.subject_person_id::text, ''),
    coalesce(e.correlation_id, ''),
    e.outcome,
    e.details::text,
    coalesce(e.justification, ''),
    e.prev_hash
  ), 'UTF8')), 'hex')
$$;

-- Entries are chained in the order they take this lock, so ids follow the chain.
create function audit_event_chain() returns trigger language plpgsql as $$
declare
  previous text;
begin
  perform pg_advisory_xact_lock(4242001);
  new.id := nextval('audit_event_id_seq');
  new.occurred_at := now();
  select hash into previous from audit_event order by id desc limit 1;
  new.prev_hash := coalesce(previous, repeat('0', 64));
  new.hash := audit_event_digest(new);
  return new;
end
$$;

create trigger audit_event_chain before insert on audit_event
  for each row execute function audit_event_chain();

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'the audit trail is append-only: % is not allowed', tg_op;
end
$$;

create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_refuse_change();
