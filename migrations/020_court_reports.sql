-- Court reports a practitioner writes (issue 17): each counts in their workload, 138 points a standard report and
-- 65 a fast one, in every week from the day it was requested to the day it is due (see "Court reports" in the
-- README). Runs on PostgreSQL 15 and on PGlite: core features only, no extensions.
create table court_report (
  id uuid primary key default gen_random_uuid(),
  staff_id uuid not null references app_user (id),
  type text not null check (type in ('standard', 'fast')),
  court text not null check (length(court) between 1 and 200),
  requested_on date not null,
  due_on date not null,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (due_on >= requested_on)
);
-- The workload reads a team's reports due in a window: by practitioner, then due date.
create index court_report_staff_due_idx on court_report (staff_id, due_on);
