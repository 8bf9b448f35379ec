// The migration scaffold: the real list is numbered without gaps, the runner
// applies migrations in order and keeps unknown fields, and the load path uses
// it. Each real migration loads a sample file of its old version from
// tests/fixtures/migrations/ (see the describe blocks at the end).
import { describe, expect, it } from 'vitest';
import { loadCard, loadCardValue } from '../../schema/load/load-card';
import {
  MIGRATIONS,
  migrationListProblems,
  runMigrations,
  type Migration,
} from '../../schema/migrations';
import { CURRENT_SCHEMA_VERSION } from '../../schema/types';
import { minimalCard, readRepoFile } from './helpers';

const renameTitle: Migration = {
  from: 1,
  to: 2,
  description: 'title wordt name (alleen voor deze test)',
  migrate: ({ title, ...rest }) => ({ ...rest, name: title }),
};
const addFlag: Migration = {
  from: 2,
  to: 3,
  description: 'voegt een vlag toe (alleen voor deze test)',
  migrate: (doc) => ({ ...doc, flag: true }),
};

describe('migrations', () => {
  it('the real list is numbered from 1 without gaps, up to the current version', () => {
    expect(migrationListProblems(MIGRATIONS, CURRENT_SCHEMA_VERSION)).toEqual([]);
    for (const m of MIGRATIONS) expect(m.description.length).toBeGreaterThan(0);
  });

  it('a list with a gap or the wrong length is caught', () => {
    expect(migrationListProblems([addFlag], 3)).toHaveLength(2);
    expect(migrationListProblems([renameTitle], 3)).toHaveLength(1);
    expect(migrationListProblems([renameTitle, addFlag], 3)).toEqual([]);
  });

  it('runs the migrations from the document version on, in order, keeping unknown fields', () => {
    const outcome = runMigrations({ schemaVersion: 1, title: 'K', eigen: 1 }, 1, [
      renameTitle,
      addFlag,
    ]);
    expect(outcome).toEqual({
      ok: true,
      doc: { schemaVersion: 3, name: 'K', eigen: 1, flag: true },
    });
    const fromTwo = runMigrations({ schemaVersion: 2, name: 'K' }, 2, [renameTitle, addFlag]);
    expect(fromTwo).toEqual({ ok: true, doc: { schemaVersion: 3, name: 'K', flag: true } });
  });

  it('the load path validates the migrated document, not the old one', () => {
    const toV3: Migration = {
      from: 2,
      to: 3,
      description: 'niets (test)',
      migrate: (doc) => ({ ...doc, migrated: true }),
    };
    // Pretend the current version is 3: the real schema only knows version 2, so
    // the migrated card fails validation at /schemaVersion: proof that validation
    // runs after migration, on the migrated document.
    const result = loadCardValue(minimalCard(), {
      currentVersion: 3,
      migrations: [...MIGRATIONS, toV3],
    });
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.pointer).toBe('/schemaVersion');
  });

  it('a failing migration refuses the card with a clear message', () => {
    const broken: Migration = {
      from: 1,
      to: 2,
      description: 'faalt (test)',
      migrate: () => {
        throw new Error('onverwacht formaat');
      },
    };
    const result = loadCardValue(
      { ...minimalCard(), schemaVersion: 1 },
      { currentVersion: 2, migrations: [broken] },
    );
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.code).toBe('migration-failed');
    expect(result.problems[0]?.message.nl).toMatch(/onverwacht formaat/);
  });
});

describe('migration 1 -> 2: stored arrow routes', () => {
  const v1Text = readRepoFile('tests/fixtures/migrations/v1-zuid-oost-vlaanderen.json');

  it('loads the sample card as it was saved in version 1', () => {
    const v1 = JSON.parse(v1Text) as { schemaVersion: number; flow: { edges: object[] } };
    expect(v1.schemaVersion).toBe(1);
    const result = loadCard(v1Text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.card.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // Nothing else changed: the arrows have no routes yet and keep every field.
    expect(result.card.flow.edges).toEqual(v1.flow.edges);
    expect(result.card.flow.edges.some((e) => e.route)).toBe(false);
  });

  it('keeps an unknown "route" field of version 1 under another name, also in origin.base', () => {
    const card = minimalCard();
    const flow = {
      ...card.flow,
      edges: card.flow.edges.map((e, i) => (i === 0 ? { ...e, route: 'eigen notitie' } : e)),
    };
    const old = {
      ...card,
      schemaVersion: 1,
      flow,
      origin: { cardId: 'basis', hash: 'a'.repeat(64), base: { flow, roles: card.roles } },
    };
    const before = structuredClone(old);
    const result = loadCardValue(old);
    expect(old).toEqual(before);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const edges of [result.card.flow.edges, result.card.origin!.base!.flow.edges]) {
      expect(edges[0]?.route).toBeUndefined();
      expect(edges[0]?.['routeFromVersion1']).toBe('eigen notitie');
    }
  });
});
