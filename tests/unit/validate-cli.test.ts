// The command line as a user runs it: exit codes and "file: /pointer: message" lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRelease } from '../../schema/release';
import { repoRoot } from './helpers';

function validate(...files: string[]) {
  const run = spawnSync(
    join(repoRoot, 'node_modules/.bin/tsx'),
    ['schema/cli/validate.ts', ...files],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('npm run validate', () => {
  it('exits 0 for the samples', () => {
    const { code, out } = validate(
      'samples/kindreflex-zuid-oost-vlaanderen.json',
      'samples/kindreflex-regio-sjabloon.json',
    );
    expect(code, out).toBe(0);
    expect(out).toMatch(/kindreflex-zuid-oost-vlaanderen.json: geldige kaart/);
  });

  it('exits 1 and names the file and the place of each problem', () => {
    const { code, out } = validate(
      'tests/fixtures/broken/edge-to-missing-node.json',
      'tests/fixtures/broken/javascript-link.json',
    );
    expect(code).toBe(1);
    expect(out).toContain(
      'tests/fixtures/broken/edge-to-missing-node.json: /flow/edges/3/target: ',
    );
    expect(out).toContain(
      'tests/fixtures/broken/javascript-link.json: /directory/partners/0/website: ',
    );
  });

  it('refuses a huge, a missing and a non-JSON file with a message, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindreflex-'));
    const huge = join(dir, 'groot.json');
    writeFileSync(huge, Buffer.alloc(6 * 1024 * 1024, 32));
    const { code, out } = validate(
      huge,
      join(dir, 'bestaat-niet.json'),
      'tests/fixtures/broken/not-json.txt',
    );
    expect(code).toBe(1);
    expect(out).toContain('groot.json: /: Het bestand is te groot (6,0 MB)');
    expect(out).toContain('bestaat-niet.json: bestand niet gevonden');
    expect(out).toContain('not-json.txt: /: Dit is geen geldig JSON-bestand');
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('without files, explains how to use it', () => {
    const { code, out } = validate();
    expect(code).toBe(2);
    expect(out).toMatch(/Gebruik: npm run validate/);
  });

  it('a release whose content was changed after publishing is an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindreflex-'));
    const card = JSON.parse(
      readFileSync(join(repoRoot, 'tests/fixtures/minimal-card.json'), 'utf8'),
    );
    const released = await createRelease(card, { version: '2026.1' });
    const good = join(dir, 'vrijgave.json');
    writeFileSync(good, JSON.stringify(released));
    expect(validate(good).code).toBe(0);
    released.title = 'Vervalste titel';
    const bad = join(dir, 'vervalst.json');
    writeFileSync(bad, JSON.stringify(released));
    const { code, out } = validate(bad);
    expect(code).toBe(1);
    expect(out).toContain(
      'vervalst.json: /release/hash: De kaart is na publicatie gewijzigd: de inhoud komt niet overeen met de vrijgave',
    );
  });
});
