// The open server card's event stream (server-sent events): a colleague's
// save arrives within a second or two, and keeping the stream open is what
// tells the others that this card is open here (presence). The browser
// reconnects by itself; the first event after (re)connecting carries the
// current revision, so nothing missed in between goes unnoticed.
import { Observable } from '../state/observable';
import type { LiveEvent, PresentEditor } from './api-types';

export interface LiveCardHandlers {
  /** The server has this revision of the card (or a newer one). */
  revision(serverId: string, revision: number): void;
  deleted(serverId: string): void;
  versionsChanged(serverId: string): void;
  /** A review changed state or a release was published. */
  publishingChanged(serverId: string): void;
  /** The card's base published a new release, or its notice was set aside. */
  baseChanged(serverId: string): void;
  signedOut(): void;
  /** The stream failed for good (not merely reconnecting): probe the connection. */
  broken(): void;
}

export type EventSourceFactory = (url: string) => EventSource;

const PUBLISHING_EVENTS = [
  'review-requested',
  'review-approved',
  'review-returned',
  'review-withdrawn',
  'release-published',
];

/** EventSource.CLOSED, without needing EventSource itself (tests run where there is none). */
const CLOSED = 2;

export class LiveCard {
  /** The others who have the open card open, in the order they opened it. */
  readonly present = new Observable<PresentEditor[]>([]);
  private source: EventSource | null = null;
  private current: { serverId: string; url: string } | null = null;

  constructor(
    private readonly handlers: LiveCardHandlers,
    private readonly me: () => string | null,
    private readonly factory: EventSourceFactory = (url) => new EventSource(url),
  ) {}

  /** Listens to this card (null: to none). */
  follow(card: { serverId: string; url: string } | null): void {
    if (card?.url === this.current?.url && this.source) return;
    this.stop();
    this.current = card;
    if (card) this.connect();
  }

  /** After the connection came back: a stream that gave up is opened again. */
  reconnect(): void {
    if (this.current && (!this.source || this.source.readyState === CLOSED)) {
      this.source?.close();
      this.connect();
    }
  }

  private connect(): void {
    const card = this.current;
    if (!card) return;
    const source = this.factory(card.url);
    this.source = source;
    const on = (type: string, handle: (event: LiveEvent) => void) =>
      source.addEventListener(type, (message) => {
        if (this.source !== source) return;
        try {
          handle(JSON.parse((message as MessageEvent<string>).data) as LiveEvent);
        } catch {
          // A malformed event is ignored; the next one or the reconnect catches up.
        }
      });
    const revision = (event: LiveEvent) => {
      if (typeof event.revision === 'number') this.handlers.revision(card.serverId, event.revision);
    };
    on('presence', (event) => {
      const me = this.me();
      this.present.set((event.present ?? []).filter((p) => p.id !== me));
      revision(event);
    });
    on('card-saved', revision);
    on('card-restored', revision);
    on('card-deleted', () => this.handlers.deleted(card.serverId));
    on('version-created', () => this.handlers.versionsChanged(card.serverId));
    for (const type of PUBLISHING_EVENTS)
      on(type, () => this.handlers.publishingChanged(card.serverId));
    for (const type of ['base-released', 'base-update-set-aside'])
      on(type, () => this.handlers.baseChanged(card.serverId));
    source.addEventListener('signed-out', () => {
      this.stop();
      this.handlers.signedOut();
    });
    source.addEventListener('error', () => {
      if (this.source === source && source.readyState === CLOSED) {
        this.present.set([]);
        this.handlers.broken();
      }
    });
  }

  /** Offline: close the stream but remember the card, for reconnect(). */
  pause(): void {
    this.source?.close();
    this.source = null;
    this.present.set([]);
  }

  stop(): void {
    this.source?.close();
    this.source = null;
    this.current = null;
    this.present.set([]);
  }
}
