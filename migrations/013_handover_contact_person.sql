-- The timeline reads a person's handover contacts by person: without this it scanned every contact (43 ms at
-- national scale, on every timeline request).
create index handover_contact_person_idx on handover_contact (person_id);
