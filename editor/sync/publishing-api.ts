// The studio's client for the server's publishing endpoints
// (server/API-publishing.md): workspace settings, review ("nalezing"),
// releases at their stable addresses, the catalogue, regional versions and
// their base updates. The shapes are the server's own types (type-only), so
// a change there fails the studio's typecheck instead of drifting. Cards come
// back as `unknown`: the caller puts them through the load path.
import type { CatalogueMatch } from '../../server/public/catalogue';
import type { BaseStatus } from '../../server/regions/base-status';
import type { ReleaseLink } from '../../server/releases/links';
import type { Review } from '../../server/reviews/store';
import type { WorkspaceSettings } from '../../server/workspaces/settings';
import type { ApiClient } from './api-client';
import type { StoredCard } from './api-types';

export type { BaseStatus, CatalogueMatch, ReleaseLink, Review, WorkspaceSettings };

/** A release as GET …/releases lists it. */
export interface ServerRelease extends ReleaseLink {
  title: string;
  subtitle: string;
  notes: string;
  changes: string[];
  publishedBy: { id: string; name: string } | null;
  publishedByName: string;
  reviewId: string | null;
  sourceRevision: number | null;
  acceptedWarnings: string[];
}

export type CatalogueCard = CatalogueMatch & { url: string; cardUrl: string };

export interface PublishRequest {
  /** The approved review; without it (review off) the revision, or the current one. */
  review?: string;
  revision?: number;
  releaseVersion: string;
  notes?: string;
  acceptWarnings: boolean;
}

export interface RegionalRequest {
  base: { workspace: string; card: string; version?: string };
  region: { name: string; municipalities: string[] };
  title?: string;
  /** The new card's id; made from the region's name when left out. */
  id?: string;
}

const enc = encodeURIComponent;

/** The publishing endpoints of one server, on the studio's ApiClient. */
export class PublishingApi {
  constructor(private readonly api: ApiClient) {}

  private ws = (slug: string) => `/api/workspaces/${enc(slug)}`;
  private card = (slug: string, id: string) => this.api.card(slug, id);

  settings = (slug: string) =>
    this.api.request<{ settings: WorkspaceSettings }>('GET', this.ws(slug)).then((r) => r.settings);
  setReviewRequired = (slug: string, reviewRequired: boolean) =>
    this.api
      .request<{ settings: WorkspaceSettings }>('PUT', `${this.ws(slug)}/settings`, {
        reviewRequired,
      })
      .then((r) => r.settings);

  reviews = (slug: string, id: string) =>
    this.api
      .request<{ reviews: Review[] }>('GET', `${this.card(slug, id)}/reviews`)
      .then((r) => r.reviews);
  offer = (slug: string, id: string, input: { message: string; revision: number }) =>
    this.api.request<Review>('POST', `${this.card(slug, id)}/reviews`, input);
  decide = (
    slug: string,
    id: string,
    review: string,
    decision: 'approve' | 'return' | 'withdraw',
    comment = '',
  ) =>
    this.api.request<Review>(
      'POST',
      `${this.card(slug, id)}/reviews/${enc(review)}/${decision}`,
      decision === 'withdraw' ? {} : { comment },
    );

  releases = (slug: string, id: string) =>
    this.api
      .request<{ releases: ServerRelease[] }>('GET', `${this.card(slug, id)}/releases`)
      .then((r) => r.releases);
  release = (slug: string, id: string, version: string) =>
    this.api.request<ServerRelease & { card: unknown }>(
      'GET',
      `${this.card(slug, id)}/releases/${enc(version)}`,
    );
  publish = (slug: string, id: string, input: PublishRequest) =>
    this.api.request<ServerRelease>('POST', `${this.card(slug, id)}/releases`, input);

  catalogue = (query: string) =>
    this.api
      .request<{
        cards: CatalogueCard[];
      }>('GET', `/api/catalogue${query.trim() ? `?gemeente=${enc(query.trim())}` : ''}`)
      .then((r) => r.cards);
  makeRegional = (slug: string, input: RegionalRequest) =>
    this.api.request<StoredCard & { base: ReleaseLink }>(
      'POST',
      `${this.ws(slug)}/regional-versions`,
      input,
    );
  baseStatuses = (slug: string) =>
    this.api
      .request<{ cards: BaseStatus[] }>('GET', `${this.ws(slug)}/base-updates`)
      .then((r) => r.cards);
  baseUpdate = (slug: string, id: string) =>
    this.api.request<BaseStatus & { card: unknown }>('GET', `${this.card(slug, id)}/base-update`);
  setAside = (slug: string, id: string, version: string) =>
    this.api.request<BaseStatus>('PUT', `${this.card(slug, id)}/base-update/set-aside`, {
      version,
    });
}
