// Live updates inside one server process: who listens to which workspace and
// card, and who has which card open (presence). Saves publish here after they
// commit; the SSE routes forward to the browsers. With several server
// processes each has its own hub (see README: run one process, or add
// PostgreSQL LISTEN/NOTIFY).
import type { Author } from '../cards/store';
import type { ReleaseLink } from '../releases/links';
import type { Review } from '../reviews/store';

export type LiveEventType =
  | 'card-created'
  | 'card-saved'
  | 'card-deleted'
  | 'card-restored'
  | 'version-created'
  | 'review-requested'
  | 'review-approved'
  | 'review-returned'
  | 'review-withdrawn'
  | 'release-published'
  | 'base-released'
  | 'base-update-set-aside'
  | 'presence';

export interface LiveEvent {
  type: LiveEventType;
  workspaceId: string;
  cardRowId: string;
  revision?: number;
  hash?: string;
  by?: Author;
  /** review-*: the review as it is now. */
  review?: Review;
  /** release-published: the new release; base-released: the base's new release. */
  release?: ReleaseLink;
  /** base-update-set-aside: the base version the notice was set aside for (null: shown again). */
  setAsideFor?: string | null;
  /** For 'presence': who has the card open now. */
  present?: PresentEditor[];
  at: string;
}

export interface PresentEditor extends Author {
  since: string;
}

type Listener = (event: LiveEvent) => void;

interface Subscription {
  workspaceId: string;
  /** null: every card of the workspace. */
  cardRowId: string | null;
  listener: Listener;
}

export class LiveHub {
  private readonly subscriptions = new Set<Subscription>();
  /** cardRowId → connection id → who. An account with two tabs open counts once. */
  private readonly open = new Map<string, Map<string, PresentEditor>>();

  subscribe(workspaceId: string, cardRowId: string | null, listener: Listener): () => void {
    const subscription = { workspaceId, cardRowId, listener };
    this.subscriptions.add(subscription);
    return () => this.subscriptions.delete(subscription);
  }

  publish(event: Omit<LiveEvent, 'at'>): void {
    const full: LiveEvent = { ...event, at: new Date().toISOString() };
    for (const s of this.subscriptions) {
      if (s.workspaceId !== event.workspaceId) continue;
      if (s.cardRowId !== null && s.cardRowId !== event.cardRowId) continue;
      try {
        s.listener(full);
      } catch {
        // a listener whose connection broke is removed by its own abort handler
      }
    }
  }

  present(cardRowId: string): PresentEditor[] {
    const byAccount = new Map<string, PresentEditor>();
    for (const editor of this.open.get(cardRowId)?.values() ?? []) {
      const known = byAccount.get(editor.id);
      if (!known || editor.since < known.since) byAccount.set(editor.id, editor);
    }
    return [...byAccount.values()].sort((a, b) => a.since.localeCompare(b.since));
  }

  /** Someone opened the card (a card event stream); returns the function that closes it. */
  join(workspaceId: string, cardRowId: string, connectionId: string, who: Author): () => void {
    const connections = this.open.get(cardRowId) ?? new Map<string, PresentEditor>();
    this.open.set(cardRowId, connections);
    connections.set(connectionId, { ...who, since: new Date().toISOString() });
    this.announce(workspaceId, cardRowId);
    return () => {
      connections.delete(connectionId);
      if (connections.size === 0) this.open.delete(cardRowId);
      this.announce(workspaceId, cardRowId);
    };
  }

  private announce(workspaceId: string, cardRowId: string): void {
    this.publish({ type: 'presence', workspaceId, cardRowId, present: this.present(cardRowId) });
  }

  /** For tests and the health of the benchmark: open subscriptions. */
  get listenerCount(): number {
    return this.subscriptions.size;
  }
}
