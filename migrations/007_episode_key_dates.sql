-- The deadlines derived from each custody episode's key dates, stored beside them so that caseloads
-- can filter and sort by them. The application derives them with the key-date rules on every write,
-- and at start for any row derived under another version of the policy (key_dates_policy).
alter table custody_episode
  add column earliest_release_date date,
  add column handover_date date,
  add column com_responsible_from_start boolean,
  add column com_allocation_overdue_from date,
  add column screening_due_date date,
  add column pre_release_review_due_date date,
  add column key_dates_policy text;

create index custody_episode_erd_idx on custody_episode (earliest_release_date);
create index custody_episode_policy_idx on custody_episode (key_dates_policy);
