// The studio's services, created once and shared through React context:
// the document store, selection, database, the open card's session, and the
// small observables the panels use to talk to each other.
import { CardRepository, type CardSummary } from '../persistence/card-repository';
import { CardSession } from '../persistence/card-session';
import { STUDIO_DB_NAME } from '../persistence/last-opened-read';
import type { StorageFailure } from '../persistence/storage-errors';
import { ProblemChecker } from '../problems/problem-checker';
import { DocumentStore } from '../state/document-store';
import { Observable } from '../state/observable';
import { SelectionStore } from '../state/selection';
import { SharedWorkspace } from '../sync/shared-workspace';
import { VersionService } from '../versions/version-service';

export type StudioView = 'flow' | 'directory' | 'versions';

/** Ask the canvas or the directory to show something (from the problems panel, say). */
export interface RevealRequest {
  kind: 'node' | 'edge' | 'partner' | 'section' | 'role' | 'card';
  id: string;
  /** Increases with every request, so asking twice for the same thing works twice. */
  seq: number;
  /** Only bring it into view if it is not (a node just added): no zoom, no focus moved. */
  gently?: boolean;
}

export interface Studio {
  /** The IndexedDB database the studio keeps its cards in. */
  dbName: string;
  store: DocumentStore;
  selection: SelectionStore;
  repo: CardRepository;
  session: CardSession;
  /** The open card's problems, checked after every change (off the main thread for large cards). */
  problems: ProblemChecker;
  /** The open card's version history and releases (editor/versions/). */
  versions: VersionService;
  view: Observable<StudioView>;
  reveal: Observable<RevealRequest | null>;
  /** null while storage works; what failed otherwise (the studio then works in memory). */
  storageFailure: Observable<StorageFailure | null>;
  /** The cards in use, newest first; null until the database has been read (after the first card opens). */
  cards: Observable<CardSummary[] | null>;
  bin: Observable<CardSummary[]>;
  /** A card that did not open, shown in repair mode (editor/repair/); null otherwise. */
  repairRowId: Observable<string | null>;
  /** The shared workspace (editor/sync/): its client loads when a server serves the studio. */
  sync: SharedWorkspace;
}

export function createStudio(dbName = STUDIO_DB_NAME): Studio {
  const store = new DocumentStore();
  // Dexie loads beside the first card (boot.ts), not before it: the services take its promise.
  const db = import('../persistence/db').then(({ openStudioDb }) => openStudioDb(dbName));
  // Whoever uses the database hears of a failure (boot shows it); this is not another report.
  db.catch(() => undefined);
  const repo = new CardRepository(db);
  const session = new CardSession(store, repo);
  const versions = new VersionService(db, store, session);
  return {
    dbName,
    store,
    selection: new SelectionStore(),
    repo,
    session,
    problems: new ProblemChecker(store),
    versions,
    view: new Observable<StudioView>('flow'),
    reveal: new Observable<RevealRequest | null>(null),
    storageFailure: new Observable<StorageFailure | null>(null),
    cards: new Observable<CardSummary[] | null>(null),
    bin: new Observable<CardSummary[]>([]),
    repairRowId: new Observable<string | null>(null),
    sync: new SharedWorkspace({ store, session, repo, versions }),
  };
}

let revealSeq = 0;
export function requestReveal(
  studio: Studio,
  kind: RevealRequest['kind'],
  id: string,
  gently = false,
): void {
  studio.reveal.set({ kind, id, seq: ++revealSeq, ...(gently ? { gently } : {}) });
}
