// A tab closed or crashed in the middle of editing: on reopening, the last
// saved state is there and the database is intact (the card opens through the
// load path without a problem).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { StudioPage } from './pages/studio-page';

test('a tab closed while an edit is not yet saved reopens on a saved state', async ({
  context,
}) => {
  const first = new StudioPage(await context.newPage());
  await first.open();
  await first.cardTitle.fill('Bewaarde titel');
  await first.waitUntilSaved();
  await first.cardTitle.fill('Titel van vlak voor het sluiten');
  await first.page.close();

  const again = new StudioPage(await context.newPage());
  await again.open();
  // Leaving the page saves what it can; either state is whole, nothing in between.
  await expect(again.cardTitle).toHaveValue(/^(Bewaarde titel|Titel van vlak voor het sluiten)$/);
  await expect(again.page.getByRole('alert')).toHaveCount(0);
  const rows = await again.storedCards();
  expect(rows).toHaveLength(1);
});

test('a crashed browser comes back to the last saved state, with the database intact', async ({
  baseURL,
}) => {
  // A persistent profile, as a real browser has: crash it, start it again on the same profile.
  const profile = await mkdtemp(join(tmpdir(), 'kindreflex-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      baseURL,
    });
  const before = await launch();
  const first = new StudioPage(before.pages()[0] ?? (await before.newPage()));
  await first.open();
  await first.cardTitle.fill('Laatst bewaard');
  await first.waitUntilSaved();
  const saved = (await first.storedCards())[0]!;
  await first.cardTitle.fill('Nooit bewaard');
  const cdp = await before.newCDPSession(first.page);
  // The crash command never answers: wait for the page's crash event instead.
  const crashed = first.page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await before.close().catch(() => undefined);

  const after = await launch();
  try {
    const again = new StudioPage(after.pages()[0] ?? (await after.newPage()));
    await again.open();
    await expect(again.cardTitle).toHaveValue(/^(Laatst bewaard|Nooit bewaard)$/);
    await expect(again.page.getByRole('alert')).toHaveCount(0);
    const rows = await again.storedCards();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.revision).toBeGreaterThanOrEqual(saved.revision);
    // Editing goes on normally after the crash.
    await again.cardTitle.fill('Na de crash');
    await again.waitUntilSaved();
    await again.page.reload();
    await expect(again.cardTitle).toHaveValue('Na de crash');
  } finally {
    await after.close();
    await rm(profile, { recursive: true, force: true });
  }
});
