-- Release readiness (issue 4): the basic welfare items of a custody episode's release, and referrals to a
-- council under the duty to refer (Homelessness Reduction Act 2017). Due dates are not stored: they are derived
-- from the key dates. An item has no row until it is first saved (it is then "not started", version 0).
-- Runs on PostgreSQL 15 and on PGlite: core features only, no extensions.

create table readiness_item (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  custody_episode_id uuid not null references custody_episode (id),
  item text not null check (item in (
    'accommodation', 'identity', 'bank-account', 'benefits', 'gp', 'medication', 'first-appointment',
    'licence-conditions', 'travel'
  )),
  status text not null check (status in ('not-started', 'in-progress', 'met', 'not-needed')),
  -- The item's own detail fields, checked by the service's schema before they are written.
  details jsonb not null default '{}' check (jsonb_typeof(details) = 'object'),
  note text,
  -- Two practitioners may edit one item: a save names the version it read.
  version integer not null default 1,
  updated_by uuid not null references app_user (id),
  updated_at timestamptz not null default now(),
  unique (custody_episode_id, item)
);
create index readiness_item_person_idx on readiness_item (person_id);

create table housing_referral (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  custody_episode_id uuid not null references custody_episode (id),
  council text not null,
  sent_on date not null,
  -- A referral under the duty to refer needs the person's consent: none is recorded without it.
  consent_given boolean not null check (consent_given),
  reference text,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index housing_referral_episode_idx on housing_referral (custody_episode_id, sent_on);
create index housing_referral_person_idx on housing_referral (person_id);
