// The built apps and the peer pages served by `vite preview` from dist/, as the
// browser tests serve them, for as long as the benchmark needs them.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { generateCard } from './generate-card';

export async function preview(port: number): Promise<{ base: string; stop: () => void }> {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      'dist',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore', detached: true, cwd: fileURLToPath(new URL('..', import.meta.url)) },
  );
  const base = `http://127.0.0.1:${port}`;
  const stop = () => void (server.pid && process.kill(-server.pid));
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${base}/viewer/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { base, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`vite preview did not start on port ${port}`);
}

/** Imports a generated card into the studio of this browser context: later visits reopen it. */
export async function studioWithCard(
  context: BrowserContext,
  base: string,
  size: number,
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${base}/editor/`);
  await page.getByTestId('rf__node-start').waitFor();
  const card = generateCard({ nodes: size });
  await page.getByTestId('import-input').setInputFiles({
    name: 'groot.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(card)),
  });
  await page.locator(`input[value="${card.title}"]`).waitFor({ timeout: 60_000 });
  await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ timeout: 60_000 });
  await page.close();
}
