// npm run bench:profile: CPU profiles (Chrome DevTools Protocol, Profiler
// domain) of the studio and of the plain React Flow page, built without
// minification so the profile names functions and modules: opening the card,
// dragging a node, and the one-node change (the studio's undo). Writes each
// profile to dist/profiles/*.cpuprofile (open them in DevTools' Performance
// panel) and prints where the time went.
//   npx tsx bench/profile.ts [nodes=1000] [app=studio|peer|both]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { buildPeerPages } from './build-pages';
import { change, drag, firstRender, watchFirstRender } from './flow-probes';
import { formatSummary, summarize, type CpuProfile } from './profile-summary';
import { preview, studioWithCard } from './serve';

const root = fileURLToPath(new URL('..', import.meta.url));
const size = Number(process.argv[2] ?? 1000);
const apps = (process.argv[3] ?? 'both') === 'both' ? ['studio', 'peer'] : [process.argv[3]!];
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const out = `${root}dist/profiles/`;

function buildUnminified(): void {
  const viewer = spawnSync('npx', ['vite', 'build', '--mode', 'viewer'], { stdio: 'ignore' });
  const studio = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--mode',
      'editor',
      '--minify',
      'false',
      '--sourcemap',
      '--outDir',
      `${root}dist/editor`,
    ],
    { stdio: 'ignore' },
  );
  if (viewer.status || studio.status) throw new Error('build failed');
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
async function metrics(cdp: CDPSession): Promise<number[]> {
  const { metrics: all } = await cdp.send('Performance.getMetrics');
  return METRICS.map((name) => (all.find((m) => m.name === name)?.value ?? 0) * 1000);
}

async function profiled(cdp: CDPSession, name: string, action: () => Promise<unknown>) {
  const before = await metrics(cdp);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const after = await metrics(cdp);
  writeFileSync(`${out}${name}.cpuprofile`, JSON.stringify(profile));
  console.log(
    `${name}: ` +
      METRICS.map(
        (m, i) => `${m.replace('Duration', '')} ${(after[i]! - before[i]!).toFixed(0)} ms`,
      ).join(', '),
  );
  const fileFor = (url: string) => {
    const path = new URL(url).pathname;
    return path.endsWith('.js') ? `${root}dist${path}` : null;
  };
  console.log(formatSummary(name, summarize(profile, fileFor)) + '\n');
}

async function profileApp(app: string, base: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const url = app === 'studio' ? `${base}/editor/` : `${base}/bench/peer/?nodes=${size}`;
  if (app === 'studio') await studioWithCard(context, base, size);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await watchFirstRender(page);
  // Opening: profiled from a blank page through navigation until the page is idle again
  // (a task of the page delays the driver's next evaluate).
  await page.goto('about:blank');
  await profiled(cdp, `${app}-${size}-open`, async () => {
    await page.goto(url);
    await firstRender(page);
    for (let quiet = 0; quiet < 5;) {
      const asked = Date.now();
      await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
      quiet = Date.now() - asked < 150 ? quiet + 1 : 0;
    }
  });
  const selector =
    app === 'studio' ? '.react-flow__node:has(.card-node-step)' : '.react-flow__node';
  let nodeId = '';
  await profiled(cdp, `${app}-${size}-drag`, async () => {
    nodeId = (await drag(page, cdp, selector)).nodeId;
  });
  await page.waitForTimeout(2000);
  await profiled(cdp, `${app}-${size}-change`, async () => {
    const r = await change(page, cdp, nodeId);
    console.log(
      `${app}: change ${r.change.toFixed(1)} ms, work after ${r.workAfter.toFixed(0)} ms`,
    );
  });
  await browser.close();
}

mkdirSync(out, { recursive: true });
buildUnminified();
await buildPeerPages([size], { minify: false });
const server = await preview(PORT);
try {
  for (const app of apps) await profileApp(app, server.base);
  console.log(
    `Profiles in ${out}; dist/bench/peer and dist/editor are unminified until the next build.`,
  );
} finally {
  server.stop();
}
