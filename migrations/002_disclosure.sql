-- Earlier cautions and convictions of a person, recorded so that Resettle can say when each becomes spent
-- (issue 7). Each row is one record of the disclosure contract: its kind, its date, and its disposals as the
-- contract's JSON list. The service checks a record against the contract before it is written.
-- Runs on PostgreSQL 15 and on PGlite: core features only, no extensions.

create table conviction_record (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  kind text not null check (kind in ('conviction', 'caution')),
  record_date date not null,
  disposals jsonb not null check (
    case when jsonb_typeof(disposals) = 'array' then jsonb_array_length(disposals) between 1 and 20 else false end
  ),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index conviction_record_person_idx on conviction_record (person_id, record_date);
