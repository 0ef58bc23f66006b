-- Release and after (issue 4, "Release and after"): where a person went on the first night after release from a
-- custody episode, and the follow-ups that the outcome measures need. The release date itself stays in
-- custody_episode.release_date, which caseloads and the people pages already read. Due dates are not stored:
-- they are derived from the release date. Runs on PostgreSQL 15 and on PGlite: core features only.

-- One release per custody episode. Two practitioners may correct it at once, so it is versioned.
create table person_release (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  custody_episode_id uuid not null unique references custody_episode (id),
  first_night text not null check (first_night in (
    'settled', 'bail-probation', 'other-unsettled', 'rough-sleeping', 'other-homeless', 'unknown'
  )),
  address text,
  -- Whether screening had found a drugs and alcohol or health need when the release was recorded: the
  -- treatment follow-up is asked only then, and the measure's denominator is fixed at release.
  treatment_need boolean not null,
  version integer not null default 1,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint person_release_settled_address check (first_night <> 'settled' or address is not null)
);
create index person_release_person_idx on person_release (person_id);

-- The answer to each follow-up, once recorded. A follow-up has no row until it is answered.
create table release_follow_up (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  custody_episode_id uuid not null references custody_episode (id),
  kind text not null check (kind in (
    'accommodation-3-months', 'employment-6-weeks', 'employment-6-months', 'treatment-3-weeks'
  )),
  accommodation text check (accommodation in (
    'settled', 'bail-probation', 'other-unsettled', 'rough-sleeping', 'other-homeless', 'unknown'
  )),
  employment text check (employment in ('employed', 'education-training', 'not-working', 'unavailable', 'unknown')),
  treatment_started boolean,
  treatment_start_date date,
  version integer not null default 1,
  recorded_by uuid not null references app_user (id),
  recorded_on date not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (custody_episode_id, kind),
  constraint release_follow_up_answer check (
    (kind = 'accommodation-3-months' and accommodation is not null)
    or (kind in ('employment-6-weeks', 'employment-6-months') and employment is not null)
    or (kind = 'treatment-3-weeks' and treatment_started is not null
        and (treatment_start_date is null) = (not treatment_started))
  )
);
create index release_follow_up_person_idx on release_follow_up (person_id);
