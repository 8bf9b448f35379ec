// Every broken fixture under tests/fixtures/broken must be refused (or warned
// about) for the right reason, at the right place.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCard } from '../../schema/load/load-card';
import type { ProblemCode } from '../../schema/problems';
import { NOW, repoRoot } from './helpers';

interface Expectation {
  code: ProblemCode;
  pointer: string;
  /** refused: the load path gives no card; error: a card with an error; warning: valid with a warning. */
  outcome: 'refused' | 'error' | 'warning';
}

const expected: Record<string, Expectation> = {
  'empty.json': { code: 'empty', pointer: '', outcome: 'refused' },
  'not-json.txt': { code: 'not-json', pointer: '', outcome: 'refused' },
  'truncated.json': { code: 'not-json', pointer: '', outcome: 'refused' },
  'not-an-object.json': { code: 'not-object', pointer: '', outcome: 'refused' },
  'deeply-nested.json': { code: 'too-deep', pointer: '', outcome: 'refused' },
  'newer-version.json': { code: 'newer-version', pointer: '/schemaVersion', outcome: 'refused' },
  'no-version.json': { code: 'no-version', pointer: '/schemaVersion', outcome: 'refused' },
  'missing-title.json': { code: 'schema', pointer: '/title', outcome: 'refused' },
  'unknown-node-kind.json': { code: 'schema', pointer: '/flow/nodes/3/kind', outcome: 'refused' },
  'javascript-link.json': {
    code: 'schema',
    pointer: '/directory/partners/0/website',
    outcome: 'refused',
  },
  'data-link.json': { code: 'schema', pointer: '/resources/0/url', outcome: 'refused' },
  'invalid-date.json': {
    code: 'schema',
    pointer: '/directory/partners/0/lastChecked',
    outcome: 'refused',
  },
  'edge-to-missing-node.json': {
    code: 'edge-missing-node',
    pointer: '/flow/edges/3/target',
    outcome: 'refused',
  },
  'duplicate-node-id.json': {
    code: 'duplicate-id',
    pointer: '/flow/nodes/4/id',
    outcome: 'refused',
  },
  'no-start.json': { code: 'no-start', pointer: '/flow/nodes', outcome: 'error' },
  'unreachable-node.json': { code: 'unreachable', pointer: '/flow/nodes/6', outcome: 'error' },
  'dead-end.json': { code: 'dead-end', pointer: '/flow/nodes/3', outcome: 'error' },
  'scenario-without-step.json': {
    code: 'scenario-without-step',
    pointer: '/flow/nodes/2',
    outcome: 'error',
  },
  'unknown-role.json': { code: 'unknown-role', pointer: '/flow/nodes/3/roles/0', outcome: 'error' },
  'invalid-phone.json': {
    code: 'phone-invalid',
    pointer: '/directory/partners/0/phones/0/number',
    outcome: 'error',
  },
  'unknown-partner.json': {
    code: 'unknown-partner',
    pointer: '/directory/sections/0/entries/1/partner',
    outcome: 'error',
  },
  'unfilled-role.json': { code: 'role-unfilled', pointer: '/roles/0', outcome: 'warning' },
  'proto-key.json': {
    code: 'forbidden-key',
    pointer: '/directory/partners/0/__proto__',
    outcome: 'refused',
  },
  'constructor-key.json': {
    code: 'forbidden-key',
    pointer: '/flow/nodes/1/constructor',
    outcome: 'refused',
  },
  'control-character.json': { code: 'schema', pointer: '/title', outcome: 'refused' },
};

const dir = repoRoot + 'tests/fixtures/broken/';

describe('broken fixtures', () => {
  it('has an expectation for every fixture file, and a file for every expectation', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: ${want.outcome} with ${want.code} at '${want.pointer}'`, () => {
      const result = loadCard(readFileSync(dir + file), { now: NOW });
      const match = result.problems.find((p) => p.code === want.code && p.pointer === want.pointer);
      expect(match, JSON.stringify(result.problems.map((p) => [p.code, p.pointer]))).toBeDefined();
      expect(result.ok).toBe(want.outcome !== 'refused');
      expect(match!.severity).toBe(want.outcome === 'warning' ? 'warning' : 'error');
      expect(match!.message.nl).not.toEqual(match!.message.en);
    });
  }

  it('the minimal card those fixtures break is itself valid, with no problem', () => {
    const result = loadCard(readFileSync(repoRoot + 'tests/fixtures/minimal-card.json'), {
      now: NOW,
    });
    expect(result.ok && result.problems).toEqual([]);
  });
});
