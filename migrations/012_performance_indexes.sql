-- Indexes that match the queries of the pages that must stay fast at national scale (docs/performance.md shows
-- each plan). The audit trail holds tens of millions of entries: filtering it by username, newest first, must
-- not walk the whole trail backwards.
create index audit_event_actor_username_idx on audit_event (lower(actor_username), id desc);
