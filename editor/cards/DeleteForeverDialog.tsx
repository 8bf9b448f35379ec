// "Definitief verwijderen" from the bin: says what goes with the card (its
// versions and, when it was published, its releases), and offers the releases
// for download before anything is deleted.
import { useEffect, useState } from 'react';
import { Dialog } from '../app/Dialog';
import { useStudio } from '../app/studio-context';
import { msg, useT } from '../i18n/i18n';
import type { CardSummary } from '../persistence/card-repository';
import { fileSlug } from '../io/download';
import type { ReleaseRow } from '../versions/version-rows';

const texts = msg({
  title: { nl: 'Definitief verwijderen', en: 'Delete for good' },
  confirm: {
    nl: "'{title}' definitief verwijderen? De kaart en haar hele geschiedenis ({n} versies) worden gewist. Dit kan niet ongedaan gemaakt worden.",
    en: "Delete '{title}' for good? The card and its whole history ({n} versions) are erased. This cannot be undone.",
  },
  releases: {
    nl: 'Deze kaart is {n} keer gepubliceerd ({versions}). Ook die publicaties worden uit de studio gewist; wat al op een website staat, blijft daar staan. Download ze eerst als je ze wil bewaren.',
    en: 'This card was published {n} time(s) ({versions}). Those releases are erased from the studio too; what is already on a website stays there. Download them first if you want to keep them.',
  },
  download: { nl: 'Publicaties downloaden (.zip)', en: 'Download the releases (.zip)' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
});

interface Props {
  card: CardSummary | null;
  onClose: () => void;
}

export function DeleteForeverDialog({ card, onClose }: Props) {
  const studio = useStudio();
  const t = useT();
  const [history, setHistory] = useState<{ versions: number; releases: ReleaseRow[] } | null>(null);
  // The parent keys this dialog by card, so `history` starts empty for each.
  useEffect(() => {
    if (!card) return;
    let live = true;
    void Promise.all([
      studio.versions.history.list(card.rowId),
      studio.versions.releases.list(card.rowId),
    ]).then(([versions, releases]) => live && setHistory({ versions: versions.length, releases }));
    return () => {
      live = false;
    };
  }, [studio, card]);
  const remove = async () => {
    if (!card) return;
    onClose();
    await studio.repo.deleteForever(card.rowId);
  };
  const releases = history?.releases ?? [];
  return (
    <Dialog
      open={card !== null}
      title={t(texts.title)}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t(texts.cancel)}
          </button>
          <button
            type="button"
            className="danger"
            disabled={!history}
            onClick={() => void remove()}
          >
            {t(texts.title)}
          </button>
        </>
      }
    >
      {card && history && (
        <>
          <p>{t(texts.confirm, { title: card.title, n: history.versions })}</p>
          {releases.length > 0 && (
            <div className="delete-releases" role="note">
              <p>
                {t(texts.releases, {
                  n: releases.length,
                  versions: releases.map((r) => r.version).join(', '),
                })}
              </p>
              <button
                type="button"
                className="primary"
                onClick={async () => {
                  // The zip writer (fflate) loads when asked for, not with the studio.
                  const { downloadReleaseFiles } = await import('../publish/release-downloads');
                  downloadReleaseFiles(
                    releases.map((r) => r.card),
                    `${fileSlug(card.title)}-publicaties`,
                  );
                }}
              >
                {t(texts.download)}
              </button>
            </div>
          )}
        </>
      )}
    </Dialog>
  );
}
