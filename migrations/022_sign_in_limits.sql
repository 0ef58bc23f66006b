-- Sign-in limits by source address, and sessions that say where they were started.
-- Failed sign-ins per source address (an IPv4 address, or the /64 of an IPv6 one) in a window of minutes, so that
-- a spray of passwords across many usernames from one place is stopped (auth/sign-in-limits.rules.ts).
create table sign_in_source_throttle (
  source text primary key,
  failures integer not null default 0,
  window_started_at timestamptz not null default now()
);
create index sign_in_source_throttle_window_idx on sign_in_source_throttle (window_started_at);

-- Unknown usernames are now counted in memory, bounded: the rows that sign-ins for them left behind go.
delete from sign_in_throttle t
 where not exists (select 1 from app_user u where lower(u.username) = t.username);

-- "Your sessions" names each session by an id of its own (never the token or its hash) and shows a summary of the
-- browser it was started in.
alter table session add column public_id uuid not null default gen_random_uuid();
create unique index session_public_id_idx on session (public_id);
alter table session add column device text;
