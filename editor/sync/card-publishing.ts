// Publishing a server card, as the workspace does it together: the open
// card's reviews ("ter nalezing aanbieden", approve, send back, withdraw) and
// releases at their stable addresses, the workspace's review setting, and for
// every regional card in the account's workspaces which base it follows and
// whether that base has a newer release. No React: the Versies tab, the
// banners and the card list read the observables; tests drive it directly.
import type { Card } from '../../schema/types';
import { Observable } from '../state/observable';
import { OfflineError } from './api-client';
import type { Workspace } from './api-types';
import {
  PublishingApi,
  type BaseStatus,
  type PublishRequest,
  type Review,
  type ServerRelease,
} from './publishing-api';
import { serverCard } from './sync-engine';
import type { ServerCardRow } from './sync-rows';

/** What the Versies tab shows of the open server card. */
export interface OpenPublishing {
  serverId: string;
  slug: string;
  reviewRequired: boolean;
  /** Every review of the card, newest first. */
  reviews: Review[];
  /** Newest first. */
  releases: ServerRelease[];
}

export interface PublishingDeps {
  api: PublishingApi;
  /** The server revision whose content is the open card as it is now (sent first); null: none. */
  currentRevision(): Promise<number | null>;
  offline(): void;
}

/** The review still in play: the newest open or approved one. */
export const pendingReview = (reviews: readonly Review[]): Review | undefined =>
  reviews.find((r) => r.status === 'open' || r.status === 'approved');

export class CardPublishing {
  /** The open server card's reviews and releases; null for a local card (or not loaded yet). */
  readonly open = new Observable<OpenPublishing | null>(null);
  /** Every regional card of the account's workspaces, with its base's state. */
  readonly bases = new Observable<BaseStatus[]>([]);
  private link: ServerCardRow | null = null;
  private round = 0;

  constructor(private readonly deps: PublishingDeps) {}

  get api(): PublishingApi {
    return this.deps.api;
  }

  /** Follows the open card: its state is fetched when it changes (null: a local card). */
  follow(link: ServerCardRow | null): void {
    if (link?.serverId === this.link?.serverId) return;
    this.link = link;
    this.open.set(null);
    if (link) void this.refresh().catch(() => undefined);
  }

  /** Fetches the open card's settings, reviews and releases again. */
  async refresh(): Promise<void> {
    const link = this.link;
    if (!link) return;
    const round = ++this.round;
    const { api } = this.deps;
    const slug = link.workspaceSlug;
    try {
      const [settings, reviews, releases] = await Promise.all([
        api.settings(slug),
        api.reviews(slug, link.serverId),
        api.releases(slug, link.serverId),
      ]);
      if (round !== this.round || this.link?.serverId !== link.serverId) return;
      this.open.set({
        serverId: link.serverId,
        slug,
        reviewRequired: settings.reviewRequired,
        reviews,
        releases,
      });
    } catch (error) {
      if (error instanceof OfflineError) this.deps.offline();
      throw error;
    }
  }

  /** Fetches the open card's state when it could not be fetched before (offline, say). */
  retry(): void {
    if (this.link && this.open.get() === null) void this.refresh().catch(() => undefined);
  }

  /** The regional cards of these workspaces and their bases (the card list's round). */
  async refreshBases(workspaces: readonly Workspace[]): Promise<void> {
    const lists = await Promise.all(workspaces.map((w) => this.deps.api.baseStatuses(w.slug)));
    this.bases.set(lists.flat());
  }

  /** One workspace's regional cards again, after a base-released or set-aside event. */
  async refreshBasesOf(slug: string, serverIds: readonly string[]): Promise<void> {
    const fresh = await this.deps.api.baseStatuses(slug);
    const mine = new Set([...serverIds, ...fresh.map((s) => s.cardRowId)]);
    this.bases.update((all) => [...all.filter((s) => !mine.has(s.cardRowId)), ...fresh]);
  }

  /** A live event: the card's base released, or its notice was set aside. */
  baseChanged(link: ServerCardRow | undefined): void {
    if (link) void this.refreshBasesOf(link.workspaceSlug, [link.serverId]).catch(() => null);
  }

  baseOf(serverId: string | undefined): BaseStatus | undefined {
    return this.bases.get().find((s) => s.cardRowId === serverId);
  }

  private openLink(): ServerCardRow {
    if (!this.link) throw new Error('no server card is open');
    return this.link;
  }

  /** "Ter nalezing aanbieden": the card as it is now (sent first) becomes a named version, offered. */
  async offer(message: string): Promise<Review> {
    const link = this.openLink();
    const revision = await this.deps.currentRevision();
    if (revision === null) throw new OfflineError();
    const review = await this.deps.api.offer(link.workspaceSlug, link.serverId, {
      message: message.trim().slice(0, 500),
      revision,
    });
    await this.refresh();
    return review;
  }

  async decide(
    review: string,
    decision: 'approve' | 'return' | 'withdraw',
    comment = '',
  ): Promise<Review> {
    const link = this.openLink();
    const after = await this.deps.api.decide(
      link.workspaceSlug,
      link.serverId,
      review,
      decision,
      comment.trim(),
    );
    await this.refresh();
    return after;
  }

  /** Publishes on the server; without a review (review off) the card as it is now. */
  async publish(input: Omit<PublishRequest, 'revision'>): Promise<ServerRelease> {
    const link = this.openLink();
    let request: PublishRequest = input;
    if (!input.review) {
      const revision = await this.deps.currentRevision();
      if (revision === null) throw new OfflineError();
      request = { ...input, revision };
    }
    const release = await this.deps.api.publish(link.workspaceSlug, link.serverId, request);
    await this.refresh();
    return release;
  }

  /** A release's card (through the load path). */
  async releaseCard(version: string): Promise<Card> {
    const link = this.openLink();
    const release = await this.deps.api.release(link.workspaceSlug, link.serverId, version);
    return serverCard(release.card);
  }

  async setReviewRequired(required: boolean): Promise<void> {
    const link = this.openLink();
    await this.deps.api.setReviewRequired(link.workspaceSlug, required);
    await this.refresh();
  }

  /** The base's latest release for the base-update dialog, with the card's status. */
  async baseUpdate(serverId: string, slug: string): Promise<{ card: unknown; status: BaseStatus }> {
    const { card, ...status } = await this.deps.api.baseUpdate(slug, serverId);
    return { card, status };
  }

  /** "Later": no notice for this release of the base; a newer one shows it again. */
  async setAside(serverId: string, slug: string, version: string): Promise<void> {
    const status = await this.deps.api.setAside(slug, serverId, version);
    this.bases.update((all) => all.map((s) => (s.cardRowId === serverId ? status : s)));
  }
}
