-- Handover from the prison to the community (issue 4, "Handover that happens"): the handover meeting of each
-- custody episode, and the community offender manager's contacts with the person before release.
-- Runs on PostgreSQL 15 and on PGlite: core features only, no extensions.

-- One handover meeting per custody episode. The POM and COM who attended are the ones allocated when it was
-- recorded; the COM must attend. Two practitioners may change it at once, so it is versioned.
create table handover_meeting (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  custody_episode_id uuid not null unique references custody_episode (id),
  meeting_date date not null,
  com_id uuid not null references app_user (id),
  pom_id uuid references app_user (id),
  person_attended boolean not null,
  supporter_name text,
  supporter_relationship text,
  notes text,
  version integer not null default 1,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint handover_meeting_supporter check ((supporter_name is null) = (supporter_relationship is null))
);
create index handover_meeting_person_idx on handover_meeting (person_id);

-- The COM's contacts with the person before release. Only a visit or a video call can be a meeting.
create table handover_contact (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  custody_episode_id uuid not null references custody_episode (id),
  com_id uuid not null references app_user (id),
  contact_date date not null,
  contact_type text not null check (contact_type in ('visit', 'video', 'phone', 'letter')),
  met boolean not null,
  note text,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint handover_contact_met check (not met or contact_type in ('visit', 'video'))
);
create index handover_contact_episode_idx on handover_contact (custody_episode_id, contact_date desc);
-- The caseload flag asks, for a page of people at once, whether their current COM has met them.
create index handover_contact_met_idx on handover_contact (custody_episode_id, com_id) where met;
