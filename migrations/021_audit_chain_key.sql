-- The audit chain keyed with a secret held outside the database (issue 19, "The audit chain can be rewritten
-- undetected"), and the service's own database role that may only add to the trail and read it.
-- Runs on PostgreSQL 15 and on PGlite: core features only, no extensions.
--
-- chain_version 1: hash = sha256(audit_event_digest's text), as written before this migration (anyone can recompute
-- it). chain_version 2: hash = HMAC-SHA256(key, audit_event_body(e) || '|' || prev_hash), computed by the service
-- with AUDIT_KEY, which the database never sees. verify-audit recomputes both kinds and reports a version 1 entry
-- after a version 2 one.
alter table audit_event add column chain_version smallint not null default 1 check (chain_version in (1, 2));

-- Everything an entry says except the link to the one before: the text the keyed hash is taken over, with the link.
-- The same fields, formatted the same way, as audit_event_digest.
create function audit_event_body(e audit_event) returns text language sql immutable as $$
  select concat_ws('|',
    e.id::text,
    to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(e.actor_id::text, ''),
    coalesce(e.actor_username, ''),
    e.action,
    coalesce(e.subject_person_id::text, ''),
    coalesce(e.correlation_id, ''),
    e.outcome,
    e.details::text,
    coalesce(e.justification, ''))
$$;

-- Takes the chain's lock (held until commit) and gives each entry, in order, its id, its time and the text its keyed
-- hash is taken over, with the hash of the chain's head that the first entry links to. The service computes the
-- hashes and inserts the entries in the same transaction. Entries are jsonb objects keyed by column name.
create function audit_event_prepare(entries jsonb)
returns table (id bigint, occurred_at text, body text, head_hash text) language plpgsql volatile as $$
declare
  head text;
  entry audit_event;
  item jsonb;
begin
  perform pg_advisory_xact_lock(4242001);
  -- A statement of its own, so that it sees every entry committed while this one waited for the lock.
  select a.hash into head from audit_event a order by a.id desc limit 1;
  for item in select value from jsonb_array_elements(entries) with ordinality order by ordinality loop
    entry := jsonb_populate_record(null::audit_event, item);
    entry.id := nextval('audit_event_id_seq');
    entry.occurred_at := now();
    entry.outcome := coalesce(entry.outcome, 'success');
    entry.details := coalesce(entry.details, '{}');
    id := entry.id;
    occurred_at := to_char(entry.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    body := audit_event_body(entry);
    head_hash := coalesce(head, repeat('0', 64));
    return next;
  end loop;
end
$$;

-- Unkeyed entries are chained here as before. A keyed entry comes with its id, time, link and hash: it must link to
-- the chain's head and come after it, so that two writers cannot fork the chain (the lock is held since prepare).
create or replace function audit_event_chain() returns trigger language plpgsql as $$
declare
  previous text;
  previous_id bigint;
begin
  perform pg_advisory_xact_lock(4242001);
  select a.id, a.hash into previous_id, previous from audit_event a order by a.id desc limit 1;
  if new.chain_version = 2 then
    if new.prev_hash is distinct from coalesce(previous, repeat('0', 64)) or new.id <= coalesce(previous_id, 0) then
      raise exception 'a keyed audit entry must extend the chain from its head';
    end if;
    return new;
  end if;
  new.id := nextval('audit_event_id_seq');
  new.occurred_at := now();
  new.prev_hash := coalesce(previous, repeat('0', 64));
  new.hash := audit_event_digest(new);
  return new;
end
$$;

-- The service's role on PostgreSQL: it reads and adds to the audit trail but cannot change, remove or truncate an
-- entry, nor disable a trigger (only the owner, who runs migrations, may alter the table). Roles belong to the whole
-- cluster, so a database migrated alongside another (tests do so) may find it made already, or being made. An owner
-- that may not create roles needs it made beforehand (create role resettle_app nologin; grant resettle_app to owner).
do $$
begin
  if not exists (select from pg_roles where rolname = 'resettle_app') then
    create role resettle_app nologin;
  end if;
exception when duplicate_object or unique_violation then null;
end
$$;
-- The owner needs to be a member to SET ROLE; a superuser already may.
do $$
begin
  if not (select rolsuper from pg_roles where rolname = current_user)
     and not pg_has_role(current_user, 'resettle_app', 'member') then
    execute format('grant resettle_app to %I', current_user);
  end if;
exception when duplicate_object or unique_violation then null;
end
$$;
grant usage on schema public to resettle_app;
grant select, insert, update, delete on all tables in schema public to resettle_app;
revoke update, delete, truncate on audit_event from resettle_app;
grant usage, select, update on all sequences in schema public to resettle_app;
-- Tables that later migrations make are the service's to use as well; audit_event stays insert and select only.
alter default privileges in schema public grant select, insert, update, delete on tables to resettle_app;
alter default privileges in schema public grant usage, select, update on sequences to resettle_app;
