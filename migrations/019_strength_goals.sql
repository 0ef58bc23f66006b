-- Strengths linked to the plan's goals, changed as well as added and removed; achievements made from achieved plan
-- goals (issue 16). Runs on PostgreSQL 15 and on PGlite.

-- A strength's words, kind or goals may now be changed; each change is kept in its history with the goals it was
-- linked to then.
alter table strength_change drop constraint strength_change_change_check;
alter table strength_change add constraint strength_change_change_check
  check (change in ('added', 'moved-from-plan', 'changed', 'removed'));
alter table strength_change add column goal_ids jsonb;

-- The plan goal an achievement was made from, by the id the plan gives it: a goal becomes one achievement at most.
alter table achievement add column goal_id uuid;
create unique index achievement_goal_idx on achievement (person_id, goal_id) where goal_id is not null;
