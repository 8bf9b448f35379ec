// Review before publishing, as a workspace does it in three browsers: a
// redacteur offers the card "ter nalezing" with a message, a colleague reads
// the changes in the compare view and sends it back, then approves the next
// offer; the beheerder publishes the approved version and gets its stable
// addresses and embed snippet, with copy buttons, beside the downloads.
import { expect, test } from '@playwright/test';
import { AddressesPanel, ReviewPanel } from './pages/review-panel';
import { ViewerPage } from './pages/viewer-page';
import { sharedServerUrl } from './support/shared-server';
import { sharedWorld } from './support/shared-world';
import { studioBrowser, type StudioBrowser } from './support/studio-browser';

test.use({ baseURL: sharedServerUrl });
test.describe.configure({ timeout: 180_000 });

const STEP = 's1-stap-1';

async function setStep(s: StudioBrowser, text: string): Promise<void> {
  await s.page.getByRole('tab', { name: 'Stroomschema' }).click();
  await s.canvas.node(STEP).click();
  await s.inspector.field('Tekst').fill(text);
  await expect(s.canvas.node(STEP)).toContainText(text);
}

test('a version is offered, sent back, approved by a colleague and published by the beheerder', async ({
  browser,
}) => {
  const world = await sharedWorld({ Ann: 'redacteur', Bart: 'lezer', Carla: 'beheerder' });
  const ann = await studioBrowser(browser, world.members.Ann!);
  await ann.workspace.openCard(world.name, world.card.title);
  await setStep(ann, 'Vraag eerst naar de kinderen.');
  await ann.versions.open();
  const annReview = new ReviewPanel(ann.page);
  await annReview.offer('Stap 1 herschreven');
  await expect(annReview.current).toContainText('Aangeboden door Ann Peeters');
  // Whoever offered it does not approve it; a redacteur does not publish.
  await expect(annReview.button('Goedkeuren')).toHaveCount(0);
  await expect(ann.versions.root.getByRole('button', { name: 'Publiceren…' })).toHaveCount(0);

  const bart = await studioBrowser(browser, world.members.Bart!);
  await bart.workspace.openCard(world.name, world.card.title);
  await bart.versions.open();
  const bartReview = new ReviewPanel(bart.page);
  await expect(bartReview.current).toContainText('Stap 1 herschreven');
  await bartReview.readChanges();
  await expect(bart.versions.compareResult).toContainText('Vraag eerst naar de kinderen.');
  await bartReview.sendBack('Zeg ook wie de kinderen opvangt.');
  // Ann sees it at once (the card's live stream), with the comment.
  await expect(annReview.current).toContainText('Teruggestuurd');
  await expect(annReview.current).toContainText('Zeg ook wie de kinderen opvangt.');

  await setStep(ann, 'Wie vangt de kinderen op?');
  await ann.versions.open();
  await annReview.offer('Opvang toegevoegd');
  await expect(bartReview.current).toContainText('Opvang toegevoegd');
  await bartReview.approve('Goed zo');
  await expect(annReview.current).toContainText('Goedgekeurd door Bart Peeters');

  const carla = await studioBrowser(browser, world.members.Carla!, { clipboard: true });
  await carla.workspace.openCard(world.name, world.card.title);
  await carla.versions.open();
  await carla.versions.openPublish();
  const dialog = carla.versions.publishDialog;
  await expect(dialog.getByTestId('publish-note')).toContainText(
    'Je publiceert de versie die Ann Peeters aanbood en Bart Peeters goedkeurde',
  );
  const version = await carla.versions.confirmPublish('Eerste publicatie op de server');
  const addresses = new AddressesPanel(dialog);
  const latest = `${sharedServerUrl}/k/${world.slug}/kindreflex-zuid-oost-vlaanderen/`;
  await expect(addresses.address('latest')).toHaveText(latest);
  await expect(addresses.address('version')).toHaveText(`${latest}${version}/`);
  await expect(addresses.address('data')).toHaveText(`${latest}card.json`);
  await expect(addresses.snippet).toHaveValue(
    `<iframe src="${latest}" title="Kindreflex-steekkaart Zuid-Oost-Vlaanderen" style="width:100%;height:80vh;border:0" loading="lazy"></iframe>`,
  );
  expect(await addresses.copy('latest')).toBe(latest);
  // The downloads stay.
  const json = await carla.versions.download('Publicatie (.json)');
  expect(json.bytes.toString()).toContain('Wie vangt de kinderen op?');
  await dialog.getByRole('button', { name: 'Sluiten', exact: true }).click();

  // What a site that embeds the card shows: the approved text.
  const viewer = new ViewerPage(carla.page);
  await carla.page.goto(latest);
  await expect(viewer.chart).toContainText('Wie vangt de kinderen op?');
  for (const s of [ann, bart, carla]) await s.context.close();
});
