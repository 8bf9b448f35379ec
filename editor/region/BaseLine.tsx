// In the card list, under a regional card of the shared workspace: the base it
// follows ("Basis: Kindreflex steekkaart 2026.1") and whether the base has a
// newer release it has not taken yet.
import { useObservable } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { followTexts as texts } from './follow-texts';
import './region.css';
import { useServerSync } from '../sync/shared-workspace';

export function BaseLine({ serverId }: { serverId: string }) {
  const sync = useServerSync();
  const t = useT();
  const status = useObservable(sync.publishing.bases).find((s) => s.cardRowId === serverId);
  if (!status) return null;
  const { base, latest, behind } = status;
  return (
    <span className="card-base" data-testid="card-base">
      {t(texts.base, { title: base.title ?? base.cardId, version: base.version ?? '' }).trim()}
      {behind && latest ? (
        <span className="sync-badge sync-badge-warning">
          {t(texts.behind, { version: latest.version })}
        </span>
      ) : (
        base.followed && <span className="sync-badge">{t(texts.upToDate)}</span>
      )}
    </span>
  );
}
