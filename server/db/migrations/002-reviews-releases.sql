-- 002: review before publishing, releases that never change, and the notes a
-- regional card keeps about base updates it set aside (issue 13).

-- A version offered for review ("ter nalezing aangeboden"). The state moves on
-- (open → approved / returned / withdrawn / superseded, approved → published);
-- what was offered (the version, its revision and hash) never does.
CREATE TABLE reviews (
  id text PRIMARY KEY,                   -- "n-…"
  workspace_id text NOT NULL REFERENCES workspaces (id),
  card_row_id text NOT NULL REFERENCES cards (id),
  version_id text NOT NULL REFERENCES card_versions (id),
  revision integer NOT NULL,
  hash text NOT NULL,
  status text NOT NULL
    CHECK (status IN ('open', 'approved', 'returned', 'withdrawn', 'superseded', 'published')),
  message text NOT NULL DEFAULT '',
  requested_by text REFERENCES accounts (id),
  requested_by_name text NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by text REFERENCES accounts (id),
  decided_by_name text,
  decided_at timestamptz,
  comment text NOT NULL DEFAULT ''
);
CREATE INDEX reviews_card ON reviews (card_row_id, requested_at);
CREATE INDEX reviews_workspace_pending ON reviews (workspace_id) WHERE status IN ('open', 'approved');

-- Published releases, served at /k/{workspace slug}/{address}/ and
-- /k/{workspace slug}/{address}/{version}/. `content` is the released card
-- (with its `release` block) exactly as it was published; `hash` is its
-- release.hash, checked again whenever the row is served. Title, subtitle and
-- regions are copied out for the catalogue, so it reads no card content.
CREATE TABLE releases (
  id text PRIMARY KEY,                   -- "r-…"
  workspace_id text NOT NULL REFERENCES workspaces (id),
  card_row_id text NOT NULL REFERENCES cards (id),
  address text NOT NULL,                 -- the card's part of the address: its id at its first release
  version text NOT NULL,
  content json NOT NULL,
  hash text NOT NULL,
  title text NOT NULL,
  subtitle text NOT NULL DEFAULT '',
  regions jsonb NOT NULL DEFAULT '[]'::jsonb,
  published_at timestamptz NOT NULL,
  published_by text REFERENCES accounts (id),
  published_by_name text NOT NULL,
  review_id text REFERENCES reviews (id),
  source_revision integer,
  accepted_warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
  UNIQUE (workspace_id, address, version),
  UNIQUE (card_row_id, version)
);
CREATE INDEX releases_latest ON releases (workspace_id, address, published_at DESC);
CREATE INDEX releases_card ON releases (card_row_id, published_at DESC);

-- A release never changes: the database itself refuses UPDATE, DELETE and
-- TRUNCATE on the table, whoever asks (the server, a script, psql). Foreign
-- keys point at rows that are never deleted, so no cascade can reach it.
CREATE FUNCTION refuse_release_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Een publicatie verandert nooit: % op releases geweigerd. (A release never changes: % refused.)',
    TG_OP, TG_OP
    USING ERRCODE = 'KR001', HINT = 'Publiceer een nieuwe versie. (Publish a new version.)';
END
$$;
CREATE TRIGGER releases_immutable BEFORE UPDATE OR DELETE ON releases
  FOR EACH ROW EXECUTE FUNCTION refuse_release_change();
CREATE TRIGGER releases_no_truncate BEFORE TRUNCATE ON releases
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_release_change();

-- "Set aside for version X": the notice that a regional card's base has a
-- newer release stays until the update is taken or set aside for that version.
CREATE TABLE base_updates_set_aside (
  card_row_id text PRIMARY KEY REFERENCES cards (id),
  version text NOT NULL,
  hash text NOT NULL,
  set_by text REFERENCES accounts (id),
  set_by_name text NOT NULL,
  set_at timestamptz NOT NULL DEFAULT now()
);
