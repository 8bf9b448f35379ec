// Publishing through the shared server's API, as a workspace that switched
// review off does it: for tests that need a base card released (and released
// again with a change) before a browser looks at it.
import type { APIRequestContext } from '@playwright/test';
import type { Card } from '../../../schema/types';
import type { SharedWorld } from './shared-world';

export interface ReleaseLinks {
  version: string;
  url: string;
  cardUrl: string;
  versionUrl: string;
  address: string;
}

async function ok<T>(reply: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  if (!reply.ok()) throw new Error(`${reply.url()}: ${reply.status()} ${await reply.text()}`);
  return (await reply.json()) as T;
}

/** A publisher of the world's card: review off, then each call changes and releases it. */
export async function basePublisher(world: SharedWorld, who: string) {
  const api = await world.api(world.members[who]!);
  const ws = `/api/workspaces/${world.slug}`;
  const card = `${ws}/cards/${world.card.id}`;
  await ok(await api.put(`${ws}/settings`, { data: { reviewRequired: false } }));
  return {
    async release(version: string, change?: (card: Card) => void): Promise<ReleaseLinks> {
      if (change) {
        const current = await ok<{ card: Card; revision: number }>(await api.get(card));
        change(current.card);
        await ok(
          await api.put(card, { data: { baseRevision: current.revision, card: current.card } }),
        );
      }
      return ok<ReleaseLinks>(
        await api.post(`${card}/releases`, {
          data: { releaseVersion: version, acceptWarnings: true },
        }),
      );
    },
    dispose: () => api.dispose(),
  };
}

/** Rewords a step of the card's flow. */
export const reword = (id: string, text: string) => (card: Card) => {
  const node = card.flow.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no step ${id}`);
  node.text = text;
};
