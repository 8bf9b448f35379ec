// Issue 13's check, with two browser contexts against one server: the
// Zuid-Oost-Vlaanderen beheerder publishes 2026.1; a Noord-Limburg
// coordinator finds it in the catalogue, adapts it, fills the directory by
// CSV and offers it for review; a colleague approves (through the API); it is
// published at /k/noord-limburg…/ with Noord-Limburg's numbers and none of
// Zuid-Oost-Vlaanderen's. Zuid-Oost-Vlaanderen publishes 2026.2 with a
// reworded step; Noord-Limburg's studio shows the notice, takes the update and
// publishes it as its 2026.2; the latest address has the new step with
// Noord-Limburg's numbers, and the 2026.1 address serves the old content
// unchanged. (That a release row cannot be changed even with SQL is checked
// on PGlite and PostgreSQL in tests/server/releases.test.ts.)
import { expect, test, type APIRequestContext } from '@playwright/test';
import { CataloguePage } from './pages/catalogue-page';
import { DirectoryPanel } from './pages/directory-panel';
import { RegionFollow } from './pages/region-follow';
import { AddressesPanel, ReviewPanel } from './pages/review-panel';
import { SignInPanel } from './pages/sign-in-panel';
import { VersionsPanel } from './pages/versions-panel';
import { ViewerPage } from './pages/viewer-page';
import { limburgCsv, OLD_REGION_TRACES, REWORDED } from './regional-data';
import { sharedServerUrl } from './support/shared-server';
import { sharedWorld, type SharedWorld } from './support/shared-world';
import { studioBrowser } from './support/studio-browser';

test.use({ baseURL: sharedServerUrl });
test.describe.configure({ timeout: 300_000 });

const NL_VK = '011 27 24 04'; // Vertrouwenscentrum Kindermishandeling Limburg, from the CSV
const STEP = 's3-stap-2';

/** The colleague approves the open review of the workspace's (only) card, through the API. */
async function colleagueApproves(world: SharedWorld, who: string): Promise<void> {
  const api = await world.api(world.members[who]!);
  const ws = `/api/workspaces/${world.slug}`;
  const json = async (reply: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(reply.ok(), await reply.text()).toBe(true);
    return reply.json();
  };
  const { cards } = (await json(await api.get(`${ws}/cards`))) as { cards: { id: string }[] };
  const card = `${ws}/cards/${cards[0]!.id}`;
  const { reviews } = (await json(await api.get(`${card}/reviews`))) as {
    reviews: { id: string; status: string }[];
  };
  const open = reviews.find((r) => r.status === 'open')!;
  await json(
    await api.post(`${card}/reviews/${open.id}/approve`, { data: { comment: 'Akkoord' } }),
  );
  await api.dispose();
}

test('a region adapts, publishes and follows the base card, at stable addresses', async ({
  browser,
  request,
}) => {
  const run = Date.now().toString(36);
  const zov = await sharedWorld({ Zoe: 'beheerder' }, 'Zuid-Oost-Vlaanderen', {
    slug: `zuid-oost-vlaanderen-${run}`,
  });
  const nl = await sharedWorld({ Nora: 'beheerder', Niels: 'redacteur' }, 'Noord-Limburg', {
    card: false,
    slug: `noord-limburg-${run}`,
  });

  // 1. Zuid-Oost-Vlaanderen's beheerder publishes 2026.1 (review switched off in her workspace).
  const zoe = await studioBrowser(browser, zov.members.Zoe!);
  await zoe.workspace.openCard(zov.name, zov.card.title);
  await zoe.versions.open();
  await new ReviewPanel(zoe.page).root
    .getByLabel('Nalezing vóór publiceren (aanbevolen)')
    .uncheck();
  await zoe.versions.openPublish();
  await zoe.versions.confirmPublish('Eerste publicatie', '2026.1');
  await zoe.versions.publishDialog.getByRole('button', { name: 'Sluiten', exact: true }).click();

  // 2. A Noord-Limburg coordinator finds it in the catalogue and adapts it.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const catalogue = new CataloguePage(page, sharedServerUrl);
  await catalogue.open('?gemeente=Ronse');
  const entry = catalogue.cards.filter({ has: page.locator(`a[href*="/k/${zov.slug}/"]`) });
  await expect(entry).toContainText('Geldt voor Ronse');
  await entry.getByRole('link', { name: 'Aanpassen voor mijn regio' }).click();
  await new SignInPanel(page).fill(nl.members.Nora!);
  const follow = new RegionFollow(page);
  await follow.adapt('Noord-Limburg', ['Bree', 'Peer', 'Hamont-Achel', 'Lommel']);

  // 3. The directory from the coordinator's spreadsheet, then offered for review.
  const directory = new DirectoryPanel(page);
  const csv = await directory.importCsv('partners-noord-limburg.csv', limburgCsv());
  await expect(csv).toContainText('6 toegevoegd, 0 gewijzigd, 0 verwijderd.');
  await csv.getByRole('button', { name: 'Toepassen', exact: true }).click();
  await expect(csv).toBeHidden();
  const versions = new VersionsPanel(page);
  await versions.open();
  const review = new ReviewPanel(page);
  await review.offer('Noord-Limburgse partners ingevuld');

  // 4. A colleague approves; the coordinator publishes Noord-Limburg's 2026.1.
  await colleagueApproves(nl, 'Niels');
  await expect(review.current).toContainText('Goedgekeurd door Niels Peeters');
  await versions.openPublish();
  await versions.confirmPublish('Eerste Noord-Limburgse kaart', '2026.1');
  const addresses = new AddressesPanel(versions.publishDialog);
  const latest = (await addresses.address('latest').textContent())!;
  expect(latest).toMatch(new RegExp(`^${sharedServerUrl}/k/noord-limburg-${run}/[a-z0-9-]+/$`));
  await versions.publishDialog.getByRole('button', { name: 'Sluiten', exact: true }).click();
  const first = await (await request.get(`${latest}2026.1/card.json`)).text();
  expect(first).toContain(NL_VK);
  for (const trace of OLD_REGION_TRACES) expect(first).not.toContain(trace);

  // 5. Zuid-Oost-Vlaanderen rewords a step and publishes 2026.2.
  await zoe.page.getByRole('tab', { name: 'Stroomschema' }).click();
  await zoe.canvas.node(STEP).click();
  await zoe.inspector.field('Tekst').fill(REWORDED);
  await zoe.workspace.waitUntilOnServer();
  await zoe.versions.open();
  await zoe.versions.openPublish();
  await zoe.versions.confirmPublish('Stap 2 van scenario 3 herschreven', '2026.2');

  // 6. Noord-Limburg's open studio shows the notice; the update is taken, reviewed, published.
  await expect(follow.notice).toContainText('De basiskaart heeft een nieuwe versie 2026.2');
  const update = await follow.reviewUpdate();
  await expect(update.getByTestId('base-changes')).toContainText(`→ „${REWORDED}”`);
  await follow.regional.takeUpdate();
  await expect(follow.notice).toBeHidden();
  await versions.open();
  await review.offer('Basiskaart 2026.2 overgenomen');
  await colleagueApproves(nl, 'Niels');
  await expect(review.current).toContainText('Goedgekeurd door Niels Peeters');
  await versions.openPublish();
  await versions.confirmPublish('Nieuwe stap uit de basiskaart', '2026.2');
  await versions.publishDialog.getByRole('button', { name: 'Sluiten', exact: true }).click();

  // 7. The latest address: the new step with Noord-Limburg's numbers; 2026.1 unchanged.
  const now = await (await request.get(`${latest}card.json`)).text();
  expect(JSON.parse(now).release.version).toBe('2026.2');
  expect(now).toContain(REWORDED);
  expect(now).toContain(NL_VK);
  for (const trace of OLD_REGION_TRACES) expect(now).not.toContain(trace);
  expect(await (await request.get(`${latest}2026.1/card.json`)).text()).toBe(first);
  const viewer = new ViewerPage(page);
  await page.goto(latest);
  await viewer.show('Tekstversie');
  await expect(page.getByRole('main')).toContainText(REWORDED);
  await expect(page.getByRole('main')).toContainText(NL_VK);
  await context.close();
  await zoe.context.close();
});
