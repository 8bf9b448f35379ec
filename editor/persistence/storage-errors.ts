// What went wrong with local storage, in words a user can act on.
import type { LocalizedText } from '../../schema/problems';

export type StorageFailure = 'unavailable' | 'quota' | 'other';

export function classifyStorageError(error: unknown): StorageFailure {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if ([name, inner].some((n) => n === 'QuotaExceededError')) return 'quota';
  if (
    [name, inner].some((n) =>
      [
        'MissingAPIError',
        'InvalidStateError',
        'OpenFailedError',
        'DatabaseClosedError',
        'SecurityError',
      ].includes(n),
    )
  )
    return 'unavailable';
  return 'other';
}

export const storageFailureMessage: Record<StorageFailure, LocalizedText> = {
  unavailable: {
    nl: 'Deze browser laat de studio niets bewaren (bijvoorbeeld in een privévenster). Je kan verder werken, maar exporteer de kaart voor je het venster sluit.',
    en: 'This browser does not let the studio store anything (in a private window, for example). You can go on working, but export the card before you close the window.',
  },
  quota: {
    nl: 'De opslagruimte van de browser is vol: je laatste wijzigingen zijn niet bewaard. Exporteer de kaart en maak ruimte vrij.',
    en: 'The browser storage is full: your latest changes are not saved. Export the card and free some space.',
  },
  other: {
    nl: 'Bewaren is mislukt. Exporteer de kaart om je werk veilig te stellen.',
    en: 'Saving failed. Export the card to keep your work safe.',
  },
};
