-- The probation delivery unit that will supervise a person in the community (issue 4). It lets a manager see
-- the people of their PDU who have no community offender manager yet, so that nobody reaches handover without
-- one. It follows the COM when one is allocated; before that a practitioner chooses it.
-- Runs on PostgreSQL 15 and on PGlite.

alter table person add column pdu_id uuid references pdu (id);

update person p set pdu_id = t.pdu_id
  from app_user u join team t on t.id = u.team_id
  where u.id = p.com_id;

-- The managers' list of people waiting for a COM reads only these rows.
create index person_awaiting_com_idx on person (pdu_id) where com_id is null;
