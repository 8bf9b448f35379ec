// The studio's client for the shared server's API (server/API.md), with typed
// errors: OfflineError when the server cannot be reached (no network, the
// server down, a proxy that answers 502-504), ApiError with the server's code
// and Dutch and English message otherwise. Same origin: the session cookie
// goes along by itself.
import type { LocalizedText } from '../../schema/problems';
import { servedByServer } from './shared-workspace';
import type {
  AuthConfig,
  CardSummary,
  ErrorBody,
  Me,
  RevisionInfo,
  SavedCard,
  ServerVersion,
  StoredCard,
  Workspace,
} from './api-types';

/** The server cannot be reached now; what was asked may work later. */
export class OfflineError extends Error {
  constructor() {
    super('offline');
    this.name = 'OfflineError';
  }
}

/** The server answered with an error (server/API.md, "Errors"). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
    readonly details: Record<string, unknown>,
  ) {
    super(`${status} ${code}`);
    this.name = 'ApiError';
  }
}

const UNKNOWN: LocalizedText = {
  nl: 'De server gaf een onverwacht antwoord.',
  en: 'The server gave an unexpected answer.',
};

export type Fetch = typeof fetch;

export class ApiClient {
  constructor(
    private readonly fetchFn: Fetch = (...args) => fetch(...args),
    private readonly base = '',
  ) {}

  /** One request to the server's API; the typed endpoints are below and in publishing-api.ts. */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new OfflineError();
    let response: Response;
    try {
      response = await this.fetchFn(`${this.base}${path}`, {
        method,
        credentials: 'same-origin',
        ...(body === undefined
          ? {}
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
    } catch {
      throw new OfflineError();
    }
    if ([502, 503, 504].includes(response.status)) throw new OfflineError();
    const text = await response.text().catch(() => {
      throw new OfflineError();
    });
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (response.ok) return parsed as T;
    const error = (parsed as ErrorBody | undefined)?.error;
    const { code, message, ...details } = error ?? {};
    throw new ApiError(
      response.status,
      typeof code === 'string' ? code : 'unknown',
      message && typeof message.nl === 'string' ? message : UNKNOWN,
      details,
    );
  }

  /** True when this origin is the shared server; false when it is not (a static host, vite). */
  isServer(timeoutMs = 4000): Promise<boolean> {
    return servedByServer(this.fetchFn, this.base, timeoutMs);
  }

  authConfig = () => this.request<AuthConfig>('GET', '/api/auth/config');
  me = () => this.request<Me>('GET', '/api/auth/me');
  login = (email: string, password: string) =>
    this.request<Me>('POST', '/api/auth/login', { email, password });
  logout = () => this.request<void>('POST', '/api/auth/logout');
  workspaces = () =>
    this.request<{ workspaces: Workspace[] }>('GET', '/api/workspaces').then((r) => r.workspaces);

  card = (ws: string, id = '') =>
    `/api/workspaces/${encodeURIComponent(ws)}/cards${id ? `/${encodeURIComponent(id)}` : ''}`;

  listCards = (ws: string) =>
    this.request<{ cards: CardSummary[] }>('GET', this.card(ws)).then((r) => r.cards);
  getCard = (ws: string, id: string) => this.request<StoredCard>('GET', this.card(ws, id));
  createCard = (ws: string, card: unknown) =>
    this.request<StoredCard>('POST', this.card(ws), { card });
  saveCard = (ws: string, id: string, baseRevision: number, card: unknown) =>
    this.request<SavedCard>('PUT', this.card(ws, id), { baseRevision, card });
  deleteCard = (ws: string, id: string) => this.request<void>('DELETE', this.card(ws, id));

  revisions = (ws: string, id: string) =>
    this.request<{ revisions: RevisionInfo[] }>('GET', `${this.card(ws, id)}/revisions`).then(
      (r) => r.revisions,
    );
  revision = (ws: string, id: string, n: number) =>
    this.request<RevisionInfo & { card: unknown }>('GET', `${this.card(ws, id)}/revisions/${n}`);
  versions = (ws: string, id: string) =>
    this.request<{ versions: ServerVersion[] }>('GET', `${this.card(ws, id)}/versions`).then(
      (r) => r.versions,
    );
  version = (ws: string, id: string, versionId: string) =>
    this.request<ServerVersion & { card: unknown }>(
      'GET',
      `${this.card(ws, id)}/versions/${encodeURIComponent(versionId)}`,
    );
  createVersion = (
    ws: string,
    id: string,
    input: { reason: string; message?: string; revision: number; restoredFrom?: string },
  ) => this.request<ServerVersion>('POST', `${this.card(ws, id)}/versions`, input);

  /** The address of a card's live event stream (for EventSource). */
  cardEventsUrl = (ws: string, id: string) => `${this.base}${this.card(ws, id)}/events`;
}
