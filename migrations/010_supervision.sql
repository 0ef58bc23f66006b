-- Continuity of the named practitioner, supervision and fair responses to setbacks (issue 6).
-- Runs on PostgreSQL 15 and on PGlite: core features and PL/pgSQL only, no extensions.

-- Every change of practitioner says why, and what the new practitioner must be told. Rows written before
-- this migration, and first allocations, have neither: only a reallocation needs them.
alter table allocation
  add column reason_code text check (reason_code in
    ('staff-left', 'workload', 'risk-escalation', 'person-asked', 'moved-area', 'other')),
  add column handover_note text,
  add column handover_meeting_date date,
  add column handover_meeting_notes text,
  add column letter_wanted boolean not null default false,
  add constraint allocation_other_reason check (reason_code is distinct from 'other' or reason is not null);

-- Supervision appointments: scheduled, then recorded with what happened and what the person wants next time.
create table supervision_appointment (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  appointment_date date not null,
  appointment_time text check (appointment_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
  kind text not null check (kind in ('office', 'home-visit', 'phone', 'video')),
  outcome text check (outcome in ('attended', 'acceptable-absence', 'unacceptable-absence')),
  notes text,
  next_time text,
  practitioner_id uuid not null references app_user (id),
  version integer not null default 1,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index supervision_appointment_person_idx on supervision_appointment (person_id, appointment_date);
-- The caseload asks for the next open appointment of a page of people at once.
create index supervision_appointment_open_idx on supervision_appointment (person_id, appointment_date)
  where outcome is null;

-- Setbacks and the response chosen to each, with its reason.
create table setback (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  occurred_on date not null,
  kind text not null check (kind in ('lapse', 'relapse', 'missed-appointment', 'new-concern')),
  what_happened text not null,
  response text not null check (response in
    ('talk-it-through', 'adjust-plan', 'more-contact', 'warning', 'referral', 'consider-recall')),
  response_reason text not null,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index setback_person_idx on setback (person_id, occurred_on);

-- A breach and the practitioner's recommendation, then a manager's review and countersigned decision. Once
-- countersigned a review never changes: a correction is a new review naming the one it corrects, and why.
create table recall_review (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  breach_date date not null,
  what_happened text not null,
  person_account text,
  account_not_taken_reason text,
  alternatives text[] not null,
  alternatives_notes text,
  risk_now text not null check (risk_now in ('low', 'medium', 'high', 'very-high')),
  risk_notes text not null,
  extended_sentence boolean not null default false,
  recommendation text not null check (recommendation in ('no-recall', 'fixed-term', 'standard')),
  recommendation_reason text not null,
  expected_now text not null,
  contact_number text not null,
  recommended_by uuid not null references app_user (id),
  recommended_on date not null,
  corrects_id uuid references recall_review (id),
  correction_reason text,
  decision text check (decision in ('no-recall', 'fixed-term', 'standard')),
  rationale text,
  countersigned_by uuid references app_user (id),
  countersigned_on date,
  created_at timestamptz not null default now(),
  constraint recall_review_account check (person_account is not null or account_not_taken_reason is not null),
  constraint recall_review_alternatives check (cardinality(alternatives) > 0),
  constraint recall_review_correction check ((corrects_id is null) = (correction_reason is null)),
  constraint recall_review_countersigned check (
    (countersigned_by is null) = (decision is null)
    and (countersigned_by is null) = (rationale is null)
    and (countersigned_by is null) = (countersigned_on is null)),
  constraint recall_review_not_own check (countersigned_by is distinct from recommended_by)
);
create index recall_review_person_idx on recall_review (person_id, created_at);
create index recall_review_awaiting_idx on recall_review (person_id) where countersigned_by is null;

create function recall_review_immutable() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'recall reviews are never deleted; record a correction instead';
  end if;
  if old.countersigned_by is not null then
    raise exception 'a countersigned recall decision cannot be changed; record a correction instead';
  end if;
  return new;
end
$$;
create trigger recall_review_immutable before update or delete on recall_review
  for each row execute function recall_review_immutable();
