// `npm run publish` as a user runs it, and the single-file page it makes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCard } from '../../schema/load/load-card';
import type { Card } from '../../schema/types';
import { inlineCardScript, singleFileHtml } from '../../viewer/publish/site';
import { minimalCard, repoRoot, SAMPLE_PATH } from './helpers';

function publish(...args: string[]) {
  const run = spawnSync(
    join(repoRoot, 'node_modules/.bin/tsx'),
    ['viewer/cli/publish.ts', ...args],
    { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 },
  );
  return { code: run.status, out: run.stdout + run.stderr, stdout: run.stdout };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'kindreflex-publish-'));
const INLINE = /<script type="application\/json" id="kindreflex-card">([\s\S]*?)<\/script>/;

describe('npm run publish', { timeout: 180_000 }, () => {
  it('refuses a card with errors with the problem list of npm run validate, and writes nothing', () => {
    const out = tempDir();
    const { code, out: text } = publish('tests/fixtures/broken/dead-end.json', '--out', out);
    const validate = spawnSync(
      join(repoRoot, 'node_modules/.bin/tsx'),
      ['schema/cli/validate.ts', 'tests/fixtures/broken/dead-end.json'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(code).toBe(1);
    for (const line of validate.stderr.trim().split('\n')) expect(text).toContain(line);
    expect(text).toMatch(/tests\/fixtures\/broken\/dead-end.json: \/flow\/nodes\/\d+: /);
    expect(readdirSync(out)).toEqual([]);
  });

  it('asks for --accept-warnings when the card has warnings', () => {
    const { code, out } = publish(SAMPLE_PATH, '--out', tempDir());
    expect(code).toBe(1);
    expect(out).toContain('(waarschuwing)');
    expect(out).toContain('--accept-warnings');
  });

  it('writes the release and a site folder whose card.json is the release', () => {
    const out = tempDir();
    const { code, out: text } = publish(
      SAMPLE_PATH,
      '--out',
      out,
      '--accept-warnings',
      '--version',
      '2026.4',
      '--notes',
      'Nieuwe nummers',
      '--allow-card-origin',
      'https://www.regio.be/kaarten/',
    );
    expect(code, text).toBe(0);
    const releaseFile = join(out, 'kindreflex-steekkaart-zuid-oost-vlaanderen-2026.4.json');
    const loaded = loadCard(readFileSync(releaseFile));
    expect(loaded.ok).toBe(true);
    const release = loaded.ok ? loaded.card.release : undefined;
    expect(release).toMatchObject({ version: '2026.4', notes: 'Nieuwe nummers', changes: [] });
    expect(readFileSync(join(out, 'site/card.json'), 'utf8')).toBe(
      readFileSync(releaseFile, 'utf8'),
    );
    const index = readFileSync(join(out, 'site/index.html'), 'utf8');
    expect(index).toContain('<title>Kindreflex steekkaart – Zuid-Oost-Vlaanderen (versie 2026.4)');
    expect(index).toContain(
      '<meta name="kindreflex-card-origins" content="https://www.regio.be" />',
    );
    // Every file the page names is in the folder, by a relative path (works from any sub-path).
    // Links within the page (the still chart's views, "#view=gids") name no file.
    for (const [, ref] of index.matchAll(/(?:src|href)="([^"]+)"/g)) {
      if (ref!.startsWith('data:') || ref!.startsWith('#')) continue;
      expect(ref).toMatch(/^\.\//);
      expect(existsSync(join(out, 'site', ref!))).toBe(true);
    }
  });

  it('with --single-file writes one page with the card inside, and lists changes since --previous', () => {
    const out = tempDir();
    const first = publish(SAMPLE_PATH, '--out', out, '--accept-warnings', '--single-file');
    expect(first.code, first.out).toBe(0);
    const [firstJson] = readdirSync(out).filter((f) => f.endsWith('.json'));
    const card = JSON.parse(readFileSync(join(out, firstJson!), 'utf8')) as Card;
    const edited = structuredClone(card);
    edited.flow.nodes.find((n) => n.kind === 'step')!.text =
      'Bel </script><script>alert(1)</script>';
    const editedPath = join(out, 'bewerkt.json');
    writeFileSync(editedPath, JSON.stringify(edited));
    const second = publish(
      editedPath,
      '--out',
      out,
      '--accept-warnings',
      '--single-file',
      '--previous',
      join(out, firstJson!),
    );
    expect(second.code, second.out).toBe(0);
    const version = card.release!.version.replace(/\d+$/, (n) => String(Number(n) + 1));
    const html = readFileSync(
      join(out, `kindreflex-steekkaart-zuid-oost-vlaanderen-${version}.html`),
      'utf8',
    );
    expect(html).not.toContain('<script>alert(1)');
    const inline = JSON.parse(INLINE.exec(html)![1]!) as Card;
    expect(inline.release!.changes!.join('\n')).toContain('herschreven');
    expect(inline.flow.nodes.find((n) => n.kind === 'step')!.text).toContain('</script>');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="\.\//);
  });
});

describe(
  'npm run publish refuses in one line, never overwrites, never a stack trace',
  { timeout: 180_000 },
  () => {
    const noTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:/);

    it('publishes a file with a byte-order mark as it validates; never overwrites a version', () => {
      const out = tempDir();
      const bom = join(out, 'met-bom.json');
      writeFileSync(bom, '\uFEFF' + readFileSync(join(repoRoot, SAMPLE_PATH), 'utf8'));
      const first = publish(
        bom,
        '--out',
        out,
        '--accept-warnings',
        '--single-file',
        '--version',
        ' 2026.7 ',
      );
      expect(first.code, first.out).toBe(0);
      const file = join(out, 'kindreflex-steekkaart-zuid-oost-vlaanderen-2026.7.json');
      const before = readFileSync(file, 'utf8');
      expect((JSON.parse(before) as Card).release!.version).toBe('2026.7');

      const again = publish(bom, '--out', out, '--accept-warnings', '--version', '2026.7');
      expect(again.code).toBe(1);
      expect(again.out.trim()).toMatch(
        /Versie 2026\.7 staat al in .*een publicatie wordt nooit overschreven/,
      );
      noTrace(again.out);
      expect(readFileSync(file, 'utf8')).toBe(before);

      const same = publish(bom, '--out', out, '--accept-warnings', '--previous', file);
      expect(same.code).toBe(1);
      expect(same.out).toContain('de inhoud is gelijk aan de vorige publicatie (versie 2026.7)');

      const blank = publish(bom, '--out', out, '--accept-warnings', '--version', '  ');
      expect(blank.code).toBe(1);
      expect(blank.out).toContain('Geef een versienummer');

      const altered = JSON.parse(before) as Card;
      altered.flow.nodes.find((n) => n.kind === 'step')!.text = 'Ander nummer: 0800 00 000';
      const tampered = join(out, 'vervalst.json');
      writeFileSync(tampered, JSON.stringify(altered));
      const previous = publish(bom, '--out', out, '--accept-warnings', '--previous', tampered);
      expect(previous.code).toBe(1);
      expect(previous.out).toContain('de inhoud komt niet overeen met de vrijgave');
    });

    it('a missing notes file, a folder given as a file, --out that is a file: one line, exit 1', () => {
      const out = tempDir();
      const asFile = join(out, 'bestand.txt');
      writeFileSync(asFile, 'x');
      const cases: [string[], RegExp][] = [
        [
          [SAMPLE_PATH, '--out', out, '--accept-warnings', '--notes-file', join(out, 'weg.txt')],
          /weg\.txt: bestand niet gevonden \(--notes-file\)/,
        ],
        [
          [SAMPLE_PATH, '--out', out, '--accept-warnings', '--notes-file', out],
          /dit is geen bestand \(--notes-file\)/,
        ],
        [[out, '--out', out], /: dit is geen bestand/],
        [
          [SAMPLE_PATH, '--out', asFile, '--accept-warnings'],
          /bestand\.txt is een bestand, geen map/,
        ],
      ];
      for (const [args, message] of cases) {
        const run = publish(...args);
        expect(run.code, run.out).toBe(1);
        expect(run.out).toMatch(message);
        noTrace(run.out);
      }
      expect(readdirSync(out)).toEqual(['bestand.txt']);
    });
  },
);

describe('singleFileHtml', () => {
  const bundle = {
    files: {
      'index.html':
        '<!doctype html><html><head><title>x</title><link rel="icon" href="data:,">' +
        '<script type="module" crossorigin src="./assets/app.js"></script>' +
        '<link rel="stylesheet" crossorigin href="./assets/app.css"></head>' +
        '<body><div id="app"></div></body></html>',
      'assets/app.js': 'const end = "</script>"; const re = /<!--/; console.log("$&", end, re);',
      'assets/app.css': 'body::after { content: "</style>"; }',
    },
  };

  it('inlines the JS and CSS so that nothing in them can close their element', () => {
    const html = singleFileHtml(bundle, minimalCard());
    expect(html).toContain('<link rel="icon" href="data:,">');
    expect(html).toContain('const end = "\\x3C/script>"; const re = /\\x3C!--/; console.log("$&"');
    expect(html).toContain('content: "\\3C/style>"');
    expect(html.match(/<\/script>/g)).toHaveLength(3); // the still chart's too
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('writes every < in the card as \\u003c', () => {
    const card = minimalCard();
    card.title = '</script><b>';
    const script = inlineCardScript(card);
    expect(script).not.toContain('</script><b>');
    expect((JSON.parse(INLINE.exec(script)![1]!) as Card).title).toBe('</script><b>');
  });
});
