// The migration scaffold: the real list is numbered without gaps, the runner
// applies migrations in order and keeps unknown fields, and the load path uses
// it. When the first real migration is added, add a sample file of version 1
// under tests/fixtures/migrations/ and a test that loads it here.
import { describe, expect, it } from 'vitest';
import { loadCardValue } from '../../schema/load/load-card';
import {
  MIGRATIONS,
  migrationListProblems,
  runMigrations,
  type Migration,
} from '../../schema/migrations';
import { CURRENT_SCHEMA_VERSION } from '../../schema/types';
import { minimalCard } from './helpers';

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

  it('the load path migrates an older card and reports where it came from', () => {
    const toV2: Migration = {
      from: 1,
      to: 2,
      description: 'niets (test)',
      migrate: (doc) => ({ ...doc }),
    };
    // Pretend the current version is 2 and the schema accepts it by migrating back the const.
    const result = loadCardValue(minimalCard(), {
      currentVersion: 2,
      migrations: [{ ...toV2, migrate: (doc) => ({ ...doc, migrated: true }) }],
    });
    // The real schema only knows version 1, so the migrated card fails validation at /schemaVersion:
    // proof that validation runs after migration, on the migrated document.
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
    const result = loadCardValue(minimalCard(), { currentVersion: 2, migrations: [broken] });
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.code).toBe('migration-failed');
    expect(result.problems[0]?.message.nl).toMatch(/onverwacht formaat/);
  });
});
