-- The person's own language (English or Welsh), chosen on their pages and kept with their account so that it
-- follows them from one device to the next; staff accounts keep English.
alter table app_user add column language text not null default 'en' check (language in ('en', 'cy'));

-- A practitioner's work phone number, shown to the person wherever their probation worker is named.
alter table app_user add column phone text;

-- The version of their plan the person last read, so that their home page can say "your plan changed".
alter table plan add column person_seen_version integer not null default 0;
