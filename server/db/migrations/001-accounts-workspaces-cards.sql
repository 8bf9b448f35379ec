-- 001: accounts, sessions, workspaces and members; cards with every revision;
-- named versions and checkpoints; the audit log.
-- Migrations are numbered and only added: never edit one that has shipped.
-- Card content is `json`, not `jsonb`: kept as the text the server wrote,
-- several times cheaper to store in PGlite, and still queryable (->, ->>,
-- or a cast to jsonb) for the catalogue that comes later.

CREATE TABLE accounts (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,            -- lower case
  name text NOT NULL,                    -- shown as author of versions
  password_hash text,                    -- argon2id (PHC string); null: not chosen yet or OIDC only
  is_admin boolean NOT NULL DEFAULT false,
  oidc_subject text UNIQUE,              -- "issuer sub" once signed in through OpenID Connect
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);

-- One-time links to choose a password; only a hash of the token is kept.
CREATE TABLE password_tokens (
  token_hash text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Sessions are not part of a backup. The cookie holds a token; only its hash is kept.
CREATE TABLE sessions (
  id text PRIMARY KEY,                   -- public id, to list and revoke
  token_hash text NOT NULL UNIQUE,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  user_agent text NOT NULL DEFAULT '',
  ip text NOT NULL DEFAULT '',
  method text NOT NULL                   -- 'password' or 'oidc'
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE workspaces (
  id text PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  -- Workspace settings that later features add (review before publishing, issue 13).
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('beheerder', 'redacteur', 'lezer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, account_id)
);
CREATE INDEX memberships_account ON memberships (account_id);

CREATE TABLE cards (
  id text PRIMARY KEY,                   -- the server's row id ("k-…")
  workspace_id text NOT NULL REFERENCES workspaces (id),
  card_id text NOT NULL,                 -- the card's own `id`; its address in a workspace (issue 13)
  title text NOT NULL,
  subtitle text NOT NULL DEFAULT '',
  revision integer NOT NULL,             -- increases by one with every accepted save
  content json NOT NULL,
  hash text NOT NULL,                    -- contentHash(content)
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text REFERENCES accounts (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text REFERENCES accounts (id),
  deleted_at timestamptz,                -- in the bin since; null while in use
  deleted_by text REFERENCES accounts (id)
);
CREATE INDEX cards_workspace ON cards (workspace_id);
-- One card per address among the cards in use; a card in the bin keeps its id.
CREATE UNIQUE INDEX cards_live_card_id ON cards (workspace_id, card_id) WHERE deleted_at IS NULL;

-- Every accepted save, kept.
CREATE TABLE card_revisions (
  card_row_id text NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
  revision integer NOT NULL,
  content json NOT NULL,
  hash text NOT NULL,
  author_id text REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (card_row_id, revision)
);

-- Named versions (with a message) and automatic checkpoints, as in the studio's history.
CREATE TABLE card_versions (
  id text PRIMARY KEY,
  card_row_id text NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
  reason text NOT NULL,
  message text NOT NULL DEFAULT '',
  author_id text REFERENCES accounts (id),
  author_name text NOT NULL,             -- the account's name when it was made
  content json NOT NULL,
  hash text NOT NULL,
  revision integer,                      -- the revision it captured
  restored_from text,
  release_version text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX card_versions_card ON card_versions (card_row_id, created_at);

CREATE TABLE audit_log (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id text REFERENCES accounts (id) ON DELETE SET NULL,
  actor_email text NOT NULL DEFAULT '',  -- kept when the account is gone
  workspace_id text REFERENCES workspaces (id) ON DELETE SET NULL,
  action text NOT NULL,
  target text NOT NULL DEFAULT '',
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_workspace ON audit_log (workspace_id, id);
