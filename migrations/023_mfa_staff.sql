-- TOTP multi-factor authentication for local staff accounts (src/features/mfa).

-- One authenticator a user: the secret encrypted with AES-256-GCM under MFA_ENCRYPTION_KEY (never in clear), null
-- confirmed_at while set-up waits for its first code, and the last time step accepted, so that a code is used once.
create table mfa_credential (
  user_id uuid primary key references app_user (id) on delete cascade,
  secret_encrypted text not null,
  confirmed_at timestamptz,
  last_step bigint,
  created_at timestamptz not null default now()
);

-- Recovery codes, each kept only as an HMAC under a key derived from MFA_ENCRYPTION_KEY, and usable once.
create table mfa_recovery_code (
  user_id uuid not null references app_user (id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  primary key (user_id, code_hash)
);

-- A sign-in whose password was right but whose second factor is still to come: it grants nothing but the code page.
create table mfa_challenge (
  id_hash text primary key,
  user_id uuid not null references app_user (id) on delete cascade,
  created_at timestamptz not null default now()
);
create index mfa_challenge_user_idx on mfa_challenge (user_id);

-- The staff list filters by role and team and pages by name.
create index app_user_role_name_idx on app_user (role, display_name);
