-- Single sign-on with the organisation's OpenID Connect provider (issue 19, src/features/sso).

-- An identity at a provider (its issuer and subject, as the ID token gives them) linked to one local staff account.
-- Links are made by an administrator (`link-sso`), never from an email address: an unlinked identity is refused.
create table sso_identity (
  issuer text not null,
  subject text not null,
  user_id uuid not null references app_user (id),
  linked_by text not null,
  linked_at timestamptz not null default now(),
  last_signed_in_at timestamptz,
  primary key (issuer, subject),
  -- One identity per account at each provider: linking another replaces nothing silently.
  constraint sso_identity_user_issuer_key unique (user_id, issuer)
);

-- A sign-in sent to the provider and not yet back: found by the hash of the browser's cookie, taken once.
create table sso_login (
  id_hash text primary key,
  state text not null,
  nonce text not null,
  code_verifier text not null,
  return_to text not null,
  created_at timestamptz not null default now()
);
create index sso_login_created_idx on sso_login (created_at);
