// A base update read from each of its sources through the one load path: the
// server's answer (a value), a published address, and what a user pastes as
// an address (the viewer's page stands for its card.json).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardJsonUrl, readBaseUpdate } from '../../editor/region/base-update';
import { newerBase, regionalCard, REWORDED, sampleCard } from './regional-scenario';

afterEach(() => vi.unstubAllGlobals());

describe('the address of a published base card', () => {
  it('takes a card.json address as it is and a viewer page as its card.json', () => {
    const page = 'https://kaarten.example.be/k/zov/kindreflex-zov/';
    expect(cardJsonUrl(page)).toBe(`${page}card.json`);
    expect(cardJsonUrl(` ${page}2026.1/card.json `)).toBe(`${page}2026.1/card.json`);
    expect(cardJsonUrl('https://regio.example.be/kaart.json')).toBe(
      'https://regio.example.be/kaart.json',
    );
  });

  it('refuses what is not a web address', () => {
    for (const bad of ['', 'kaart.json', 'javascript:alert(1)', 'file:///etc/passwd', 'data:,{}'])
      expect(cardJsonUrl(bad)).toBeNull();
  });
});

describe('reading a base update', () => {
  it('merges the server’s release (a value) like a file', async () => {
    const reading = await readBaseUpdate(
      { value: JSON.parse(JSON.stringify(newerBase())), name: 'Kindreflex 2027.1' },
      await regionalCard(),
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.file).toBe('Kindreflex 2027.1');
    expect(reading.baseChanges.map((c) => c.message.nl).join('\n')).toContain(REWORDED);
  });

  it('refuses a value that is not a card, with the load path’s problems', async () => {
    const reading = await readBaseUpdate(
      { value: { schemaVersion: 1, title: 5 }, name: 'x' },
      await regionalCard(),
    );
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems.length).toBeGreaterThan(0);
  });

  it('fetches a published address, and says so when it gives no card', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return url.endsWith('/k/zov/kaart/card.json')
        ? new Response(JSON.stringify(newerBase(sampleCard())))
        : new Response('niet gevonden', { status: 404 });
    });
    const regional = await regionalCard();
    const good = await readBaseUpdate({ url: 'https://x.be/k/zov/kaart/' }, regional);
    expect(good.ok).toBe(true);
    const missing = await readBaseUpdate({ url: 'https://x.be/k/zov/weg/' }, regional);
    expect(missing).toMatchObject({ ok: false, file: 'https://x.be/k/zov/weg/' });
    if (!missing.ok) expect(missing.reason?.nl).toContain('gaf geen kaart terug');
    const bad = await readBaseUpdate({ url: 'ftp://x.be/kaart.json' }, regional);
    expect(bad.ok).toBe(false);
    expect(fetched).toEqual([
      'https://x.be/k/zov/kaart/card.json',
      'https://x.be/k/zov/weg/card.json',
    ]);
  });
});
