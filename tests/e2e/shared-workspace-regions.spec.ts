// Regions that follow their base on the shared server, in the browser: a
// coordinator finds the base card in the public catalogue, "Aanpassen voor
// mijn regio" takes her into the studio (signing in first) and makes the
// regional card in her workspace; when the base publishes a new release the
// studio says so; "Later" sets the notice aside for that release only; the
// next release shows it again, and taking the update from the server (no
// file) makes the card list say the card is up to date with its base.
import { expect, test } from '@playwright/test';
import { CataloguePage } from './pages/catalogue-page';
import { DirectoryPanel } from './pages/directory-panel';
import { RegionFollow } from './pages/region-follow';
import { SignInPanel } from './pages/sign-in-panel';
import { basePublisher, reword } from './support/releases';
import { sharedServerUrl } from './support/shared-server';
import { sharedWorld } from './support/shared-world';

test.use({ baseURL: sharedServerUrl });
test.describe.configure({ timeout: 180_000 });

test('a region adapts a card from the catalogue and follows its releases', async ({ page }) => {
  const zovName = `Zuid-Oost-Vlaanderen ${Date.now().toString(36)}`;
  const zov = await sharedWorld({ Zoe: 'beheerder' }, zovName);
  const nl = await sharedWorld({ Nora: 'redacteur' }, 'Noord-Limburg', { card: false });
  const base = await basePublisher(zov, 'Zoe');
  await base.release('2026.1');

  // The public catalogue: which card applies to Ronse, and "Aanpassen voor mijn regio".
  const catalogue = new CataloguePage(page, sharedServerUrl);
  await catalogue.open('?gemeente=Ronse');
  const entry = catalogue.cards.filter({ hasText: zovName });
  await entry.getByRole('link', { name: 'Aanpassen voor mijn regio' }).click();
  await expect(page).toHaveURL(/\/editor\/\?aanpassen=/);
  await new SignInPanel(page).fill(nl.members.Nora!);
  const follow = new RegionFollow(page);
  await follow.adapt('Noord-Limburg', ['Bree', 'Peer', 'Hamont-Achel']);
  await expect(page).toHaveURL(/\/editor\/$/);
  const directory = new DirectoryPanel(page);
  await expect(directory.origin).toContainText(
    'Afgeleid van ‘Kindreflex steekkaart’ (versie 2026.1',
  );
  const cardBase = follow.cardBase('Noord-Limburg', 'Kindreflex steekkaart');
  await expect(cardBase).toHaveText('Basis: Kindreflex steekkaart 2026.1bij');
  await expect(follow.notice).toBeHidden();

  // The base publishes 2026.2: the open studio hears it (no reload).
  await base.release('2026.2', reword('s3-stap-2', 'Herschreven in 2026.2.'));
  await expect(follow.notice).toHaveText(
    /De basiskaart heeft een nieuwe versie 2026\.2: bekijk de wijzigingen en neem ze over\./,
  );
  await expect(cardBase).toContainText('nieuwe basisversie 2026.2');
  await follow.later();
  await page.reload();
  await directory.open();
  await expect(directory.origin).toBeVisible();
  await expect(cardBase).toContainText('nieuwe basisversie 2026.2');
  await expect(follow.notice).toBeHidden();

  // 2026.3 shows it again; taken from the server, the card is up to date.
  await base.release('2026.3', reword('s3-stap-2', 'Herschreven in 2026.3.'));
  await expect(follow.notice).toContainText('nieuwe versie 2026.3');
  const update = await follow.reviewUpdate();
  await expect(update.getByTestId('base-changes')).toContainText('„Herschreven in 2026.3.”');
  await follow.regional.takeUpdate();
  await expect(follow.notice).toBeHidden();
  await expect(directory.origin).toContainText('(versie 2026.3,');
  await expect(cardBase).toHaveText('Basis: Kindreflex steekkaart 2026.3bij');
  await base.dispose();
});
