// A browser of its own for one member of the shared server: a fresh context
// (its own IndexedDB and cookies), the studio opened and signed in. Tests
// with two or three colleagues open one each.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { CanvasPanel } from '../pages/canvas-panel';
import { InspectorPanel } from '../pages/inspector-panel';
import { SignInPanel } from '../pages/sign-in-panel';
import { StudioPage } from '../pages/studio-page';
import { VersionsPanel } from '../pages/versions-panel';
import { WorkspacePanel } from '../pages/workspace-panel';
import { sharedServerUrl } from './shared-server';
import type { Member } from './shared-world';

export interface StudioBrowser {
  member: Member;
  context: BrowserContext;
  page: Page;
  studio: StudioPage;
  workspace: WorkspacePanel;
  canvas: CanvasPanel;
  inspector: InspectorPanel;
  versions: VersionsPanel;
}

export async function studioBrowser(
  browser: Browser,
  member: Member,
  options: { clipboard?: boolean } = {},
): Promise<StudioBrowser> {
  const context = await browser.newContext({
    baseURL: sharedServerUrl,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    serviceWorkers: 'block',
    viewport: { width: 1400, height: 900 },
  });
  if (options.clipboard)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: sharedServerUrl,
    });
  const page = await context.newPage();
  const studio = new StudioPage(page);
  await studio.open();
  await new SignInPanel(page).signIn(member);
  return {
    member,
    context,
    page,
    studio,
    workspace: new WorkspacePanel(page),
    canvas: new CanvasPanel(page),
    inspector: new InspectorPanel(page),
    versions: new VersionsPanel(page),
  };
}
