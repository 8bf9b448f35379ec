// The shared workspace in the card list: each workspace with its cards below
// the local ones, what is not sent yet or in conflict, and, on a local card,
// "Naar werkruimte kopiëren". Nothing when the studio has no server.
import { useState } from 'react';
import { Dialog } from '../app/Dialog';
import { Menu } from '../app/Menu';
import { useObservable, useStudio } from '../app/studio-context';
import { duplicateCard } from '../cards/card-actions';
import { useT } from '../i18n/i18n';
import { BaseLine } from '../region/BaseLine';
import { catalogueRequest } from '../region/catalogue-actions';
import { CatalogueDialog } from '../region/CatalogueDialog';
import { catalogueTexts } from '../region/follow-texts';
import type { CardSummary } from '../persistence/card-repository';
import type { Workspace } from './api-types';
import { roleText } from './ServerToolbar';
import { copyToWorkspace, deleteServerCard, openServerCard } from './sync-actions';
import type { ServerCardRow } from './sync-rows';
import { syncTexts as texts } from './sync-texts';
import { useServerSync } from './shared-workspace';

/** "In deze browser" above the local cards, once there are workspaces below them. */
export function LocalCardsHeading() {
  const sync = useServerSync();
  const t = useT();
  const me = useObservable(sync.account);
  if (!me || me.workspaces.length === 0) return null;
  return <h3 className="card-group-heading">{t(texts.localCards)}</h3>;
}

/** Menu items of a local card: copy it into each workspace where the account may edit. */
export function CopyToWorkspaceItems({ card }: { card: CardSummary }) {
  const studio = useStudio();
  const sync = useServerSync();
  const t = useT();
  const me = useObservable(sync.account);
  const signedIn = useObservable(sync.signedIn);
  const targets = me?.workspaces.filter((w) => w.role !== 'lezer') ?? [];
  if (!signedIn || targets.length === 0) return null;
  return targets.map((w) => (
    <button key={w.id} type="button" onClick={() => void copyToWorkspace(studio, card.rowId, w)}>
      {targets.length === 1 ? t(texts.copyToWorkspace) : t(texts.copyToNamed, { name: w.name })}
    </button>
  ));
}

function WorkspaceSection({
  workspace,
  links,
  onDelete,
}: {
  workspace: Workspace;
  links: ServerCardRow[];
  onDelete: (link: ServerCardRow) => void;
}) {
  const studio = useStudio();
  const sync = useServerSync();
  const t = useT();
  const local = new Map((useObservable(studio.cards) ?? []).map((c) => [c.rowId, c]));
  const pending = new Set(useObservable(sync.pending).map((p) => p.serverId));
  useObservable(studio.session.status);
  const openRowId = studio.session.openRowId;
  const headingId = `workspace-${workspace.id}`;
  const editor = workspace.role !== 'lezer';
  return (
    <section className="workspace-cards" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-group-heading">
        {workspace.name} <span className="muted">({t(roleText[workspace.role])})</span>
      </h3>
      {links.length === 0 && <p className="muted">{t(texts.noServerCards)}</p>}
      <ul>
        {links.map((link) => {
          const row = local.get(link.rowId);
          const title = row?.title ?? link.title;
          const current = Boolean(link.rowId) && link.rowId === openRowId;
          return (
            <li key={link.serverId} className={current ? 'current' : undefined}>
              <button
                type="button"
                className="card-open"
                aria-current={current ? 'true' : undefined}
                onClick={() => void openServerCard(studio, link)}
              >
                <span className="card-title">{title}</span>
                {(row?.subtitle ?? link.subtitle) && (
                  <span className="card-subtitle">{row?.subtitle ?? link.subtitle}</span>
                )}
                <BaseLine serverId={link.serverId} />
                {link.conflict ? (
                  <span className="sync-badge sync-badge-warning">{t(texts.conflictBadge)}</span>
                ) : (
                  pending.has(link.serverId) && (
                    <span className="sync-badge">{t(texts.notSent)}</span>
                  )
                )}
              </button>
              <Menu label={t({ nl: 'Acties voor {title}', en: 'Actions for {title}' }, { title })}>
                {link.rowId && (
                  <button type="button" onClick={() => void duplicateCard(studio, link.rowId)}>
                    {t({ nl: 'Dupliceren in deze browser', en: 'Duplicate in this browser' })}
                  </button>
                )}
                {editor && (
                  <button type="button" onClick={() => onDelete(link)}>
                    {t(texts.deleteFromWorkspace)}
                  </button>
                )}
              </Menu>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function WorkspaceCards() {
  const studio = useStudio();
  const sync = useServerSync();
  const t = useT();
  const me = useObservable(sync.account);
  const links = useObservable(sync.cards);
  const signedIn = useObservable(sync.signedIn);
  const [deleting, setDeleting] = useState<ServerCardRow | null>(null);
  // Mounted also before signing in: the catalogue page's link asks for it then.
  if (!me) return <CatalogueDialog />;
  const editor = me.workspaces.some((w) => w.role !== 'lezer');
  const byNewest = [...links].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const workspaceName = me.workspaces.find((w) => w.id === deleting?.workspaceId)?.name ?? '';
  return (
    <>
      {editor && signedIn && (
        <button type="button" className="catalogue-open" onClick={() => catalogueRequest.set({})}>
          {t(catalogueTexts.open)}
        </button>
      )}
      <CatalogueDialog />
      {me.workspaces.map((w) => (
        <WorkspaceSection
          key={w.id}
          workspace={w}
          links={byNewest.filter((l) => l.workspaceId === w.id)}
          onDelete={setDeleting}
        />
      ))}
      <Dialog
        open={deleting !== null}
        title={t(texts.deleteFromWorkspace)}
        onClose={() => setDeleting(null)}
        actions={
          <>
            <button type="button" onClick={() => setDeleting(null)}>
              {t(texts.cancel)}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                const link = deleting;
                setDeleting(null);
                if (link) void deleteServerCard(studio, link);
              }}
            >
              {t(texts.delete)}
            </button>
          </>
        }
      >
        <p>{t(texts.confirmDelete, { title: deleting?.title ?? '', name: workspaceName })}</p>
      </Dialog>
    </>
  );
}
