// Versions and publishing as a user meets them: change a phone number and
// reword a step, save a version, see both in the comparison, restore the
// earlier version, publish, and open what was published with the network off.
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCard } from '../../schema/load/load-card';
import type { Card } from '../../schema/types';
import {
  expectSingleFileWorksOffline,
  expectSiteWorksOffline,
  unzipTo,
} from './pages/published-files';
import { CanvasPanel } from './pages/canvas-panel';
import { InspectorPanel } from './pages/inspector-panel';
import { StudioPage } from './pages/studio-page';
import { VersionsPanel } from './pages/versions-panel';
import { DirectoryPanel } from './pages/directory-panel';

// The published site works offline through the viewer's service worker (blocked by default).
test.use({ serviceWorkers: 'allow' });

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

  // A new number for the VK in the directory, and a step reworded in the inspector.
  const directory = new DirectoryPanel(page);
  await directory.open();
  const form = await directory.openEntry(
    'Partners en consult voor professionals',
    'Vertrouwenscentrum Kindermishandeling (VCK) Oost-Vlaanderen',
  );
  const number = form.getByLabel('Nummer 1', { exact: true });
  await number.fill(NEW_PHONE);
  await number.blur();
  await expect(number).toHaveValue(NEW_PHONE);
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
  // Opened, two named versions, the restore. The card before the restore was "Nieuw nummer
  // VK" already, so no extra checkpoint was needed: nothing is lost.
  await expect(versions.history.getByRole('listitem')).toHaveCount(4);
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
  // The arrows' routes are published with the card, so the viewer draws them as laid.
  expect(released.flow.edges.every((e) => e.route && e.route.points.length >= 2)).toBe(true);
  const zip = await versions.download('Website-map (.zip)');
  const html = await versions.download('Eén HTML-bestand (offline)');
  expect(html.name).toBe(json.name.replace(/\.json$/, '.html'));

  // What was published: the site folder (its card.json is the release) and the single file.
  const dir = mkdtempSync(join(tmpdir(), 'kindreflex-site-'));
  unzipTo(dir, zip.bytes);
  const site = join(dir, json.name.replace(/\.json$/, ''));
  expect(JSON.parse(readFileSync(join(site, 'card.json'), 'utf8'))).toEqual(released);
  const file = join(dir, html.name);
  writeFileSync(file, html.bytes);
  expect(html.bytes.toString('utf8')).toContain(
    '<script type="application/json" id="kindreflex-card">',
  );
  await expectSiteWorksOffline(context, site, 'Zuid-Oost-Vlaanderen');
  await expectSingleFileWorksOffline(context, file, 'Zuid-Oost-Vlaanderen');
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
