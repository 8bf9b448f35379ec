// Versions and publishing as a user meets them: change a phone number and
// reword a step, save a version, see both in the comparison, restore the
// earlier version, publish, and open what was published with the network off.
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { loadCard } from '../../schema/load/load-card';
import type { Card } from '../../schema/types';
import { serveFolder } from './pages/static-site';
import { CanvasPanel } from './pages/canvas-panel';
import { InspectorPanel } from './pages/inspector-panel';
import { StudioPage } from './pages/studio-page';
import { editStoredCard, VersionsPanel } from './pages/versions-panel';

const NEW_STEP = 'Bel eerst de ouders.';
const NEW_PHONE = '09 216 72 99';

test('save, compare, restore and publish; the site and the single file work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const studio = new StudioPage(page);
  const versions = new VersionsPanel(page);
  await studio.open();
  await studio.waitUntilSaved();
  await versions.open();
  await versions.saveVersion('Zoals gedrukt', 'An Peeters');

  // A new number for the VK (as another tab would save it: the directory editor is not on
  // this branch), and a step reworded in the inspector.
  await editStoredCard<Card>(page, (card) => {
    const vk = card.roles.find((r) => /VK/.test(r.name))!;
    const partner = card.directory.partners.find((p) => p.roles?.includes(vk.id))!;
    partner.phones = [{ number: NEW_PHONE }, ...(partner.phones ?? []).slice(1)];
  });
  const canvas = new CanvasPanel(page);
  await page.getByRole('tab', { name: 'Stroomschema' }).click();
  await canvas.waitForCard();
  await canvas.node('s1-stap-1').click();
  const stepText = new InspectorPanel(page).field('Tekst');
  const oldStep = await stepText.inputValue();
  await stepText.fill(NEW_STEP);
  await expect(canvas.node('s1-stap-1')).toContainText(NEW_STEP);
  await studio.waitUntilSaved();
  await versions.open();
  await versions.saveVersion('Nieuw nummer VK');
  // The name was asked once and is remembered.
  await expect(versions.version('Nieuw nummer VK')).toContainText('door An Peeters');

  // Both changes in the comparison, in Dutch.
  await versions.compareWithCurrent('Zoals gedrukt');
  await expect(versions.compareResult).toContainText(/Telefoonnummer.*VK.*gewijzigd/);
  await expect(versions.compareResult).toContainText(NEW_PHONE);
  await expect(versions.compareResult).toContainText(`herschreven`);
  await expect(versions.compareResult).toContainText(NEW_STEP);
  // ...and on the chart: the reworded step is marked, with a word, and the legend explains it.
  await expect(versions.chartNode('s1-stap-1')).toHaveClass(/compare-changed/);
  await expect(versions.chartNode('s1-stap-1')).toContainText('✎ gewijzigd');
  await expect(versions.chartLegend).toContainText('gewijzigd');

  // Restore the earlier version: one undoable step; nothing lost.
  await versions.restore('Zoals gedrukt');
  await expect(
    page.getByRole('button', { name: /^Ongedaan maken: Versie van .* hersteld$/ }),
  ).toBeEnabled();
  await versions.compareWithCurrent('Zoals gedrukt');
  await expect(versions.compareResult).toContainText('Geen wijzigingen.');
  // The card before the restore was "Nieuw nummer VK" already: no extra checkpoint needed.
  await expect(versions.history.getByRole('listitem')).toHaveCount(5);
  await expect(versions.history.getByRole('listitem').first()).toContainText(
    /Hersteld.*Zoals gedrukt.*hersteld van/,
  );
  await studio.waitUntilSaved();

  // Publish, with the sample's warnings (contacts not checked for a year) accepted.
  const version = await versions.publish('Eerste publicatie');
  const json = await versions.download('Publicatie (.json)');
  const loaded = loadCard(json.bytes);
  expect(loaded.ok).toBe(true);
  const released = (loaded.ok && loaded.card) as Card;
  expect(released.release).toMatchObject({ version, notes: 'Eerste publicatie' });
  expect(released.flow.nodes.find((n) => n.id === 's1-stap-1')!.text).toBe(oldStep);
  const zip = await versions.download('Website-map (.zip)');
  const html = await versions.download('Eén HTML-bestand (offline)');
  expect(html.name).toBe(json.name.replace(/\.json$/, '.html'));

  // The site folder, served from a sub-path, then offline.
  const dir = mkdtempSync(join(tmpdir(), 'kindreflex-site-'));
  for (const [path, bytes] of Object.entries(unzipSync(zip.bytes)))
    if (!path.endsWith('/')) {
      const target = join(dir, path);
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, bytes);
    }
  const base = json.name.replace(/\.json$/, '');
  expect(JSON.parse(readFileSync(join(dir, base, 'card.json'), 'utf8'))).toEqual(released);
  const site = await serveFolder(join(dir, base), '/regio/zov/');
  const reader = await context.newPage();
  try {
    await reader.goto(site.url);
    await expect(reader.getByText('Zuid-Oost-Vlaanderen').first()).toBeVisible();
    // Once the service worker has the site, the server goes away and the network is off.
    await reader.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  } finally {
    await site.close();
  }
  await context.setOffline(true);
  await reader.reload();
  await expect(reader.getByText('Zuid-Oost-Vlaanderen').first()).toBeVisible();
  await reader.close();

  // The single file, from disk, with no request leaving the page.
  const file = join(dir, html.name);
  writeFileSync(file, html.bytes);
  const offline = await context.newPage();
  const requests: string[] = [];
  offline.on('request', (r) => requests.push(r.url()));
  await offline.goto(pathToFileURL(file).href);
  await expect(offline.getByText('Zuid-Oost-Vlaanderen').first()).toBeVisible();
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual(
    [],
  );
});

test('a card with an error cannot be published, and the errors are shown', async ({ page }) => {
  const studio = new StudioPage(page);
  const versions = new VersionsPanel(page);
  await studio.open();
  await studio.importFile('doodlopend.json', readFileSync('tests/fixtures/broken/dead-end.json'));
  await expect(page.getByRole('status').filter({ hasText: 'is geïmporteerd' })).toBeVisible();
  await versions.open();
  await versions.openPublish();
  await expect(versions.publishDialog.getByRole('alert')).toContainText(
    'Publiceren kan niet: de kaart heeft 2 fout(en).',
  );
  await expect(versions.publishDialog.getByTestId('publish-errors')).toContainText('loopt dood');
  await expect(versions.publishButton).toBeDisabled();
});
