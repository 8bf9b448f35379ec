// The built studio and viewer, served from dist/; a clear Dutch page without a build.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TestClient } from './helpers/client';
import { testApp, testConfig } from './helpers/world';

describe('the studio and the viewer', () => {
  it('serves dist/editor and dist/viewer', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'kindreflex-dist-'));
    for (const part of ['editor', 'viewer']) {
      mkdirSync(join(dist, part, 'assets'), { recursive: true });
      writeFileSync(join(dist, part, 'index.html'), `<!doctype html><title>${part}</title>`);
    }
    writeFileSync(join(dist, 'viewer', 'card.json'), '{}');
    const { app } = await testApp({ config: testConfig({ distDir: dist }) });
    const client = new TestClient(app);
    const editor = await client.raw('GET', '/editor/');
    expect(editor.status).toBe(200);
    expect(await editor.text()).toContain('<title>editor</title>');
    expect(editor.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const viewer = await client.raw('GET', '/viewer/card.json');
    expect(viewer.status).toBe(200);
    expect(viewer.headers.get('cross-origin-resource-policy')).toBeNull(); // embeddable
    expect((await client.raw('GET', '/')).headers.get('location')).toBe('/editor/');
    expect((await client.raw('GET', '/editor/../../etc/passwd')).status).not.toBe(200);
  });

  it('says in Dutch to run npm run build when dist/ is missing', async () => {
    const { app } = await testApp();
    const reply = await new TestClient(app).raw('GET', '/editor/');
    expect(reply.status).toBe(503);
    expect(await reply.text()).toMatch(/npm run build/);
  });
});
