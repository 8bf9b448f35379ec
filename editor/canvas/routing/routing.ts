// The studio's arrow routing: libavoid loaded once, on demand, and the store's
// follow-up that re-routes the arrows an edit disturbed, inside that edit's
// undo step (a drag and its re-route are one step). Until libavoid has loaded
// (a fraction of a second after the canvas opens) edits are not followed up;
// an arrow whose route no longer meets its boxes is then drawn the simple way.
import type { Card } from '../../../schema/types';
import { setRoutes } from '../../state/commands/edge-commands';
import type { DocumentStore, FollowUp } from '../../state/document-store';
import type { RouteFn } from './avoid';
import { affectedEdges } from './affected';
import { routeCard } from './route-card';

let router: RouteFn | null = null;
let loading: Promise<RouteFn> | null = null;

/** libavoid, loaded once (its WebAssembly is a separate file, fetched only now). */
export function loadRouter(): Promise<RouteFn> {
  loading ??= import('./avoid').then(async ({ loadAvoid }) => {
    const wasm = new URL('../../../node_modules/libavoid-js/dist/libavoid.wasm', import.meta.url);
    router = await loadAvoid(wasm.href);
    return router;
  });
  return loading;
}

/** For tests and scripts that load libavoid themselves. */
export function setRouter(route: RouteFn): void {
  router = route;
}

/** Commands that put back a card as it was stored: its routes are kept as they are. */
const AS_STORED = new Set(['versions.replaceCard', 'flow.setRoutes']);

export const rerouteFollowUp: FollowUp = (before: Card, after: Card, commandId: string) => {
  if (!router || AS_STORED.has(commandId)) return null;
  const asked = affectedEdges(before, after);
  if (asked.size === 0) return null;
  const routes = Object.fromEntries(routeCard(after, router, asked));
  return (draft) => setRoutes.run(draft, { routes, ids: [...asked] });
};

export const routerReady = (): boolean => router !== null;

/** Every arrow of the open card laid again, as one undoable step. */
export async function rerouteAll(store: DocumentStore): Promise<void> {
  const route = await loadRouter();
  const card = store.getState()?.card;
  if (!card) return;
  const routes = Object.fromEntries(routeCard(card, route, 'all'));
  store.execute(setRoutes, { routes, ids: card.flow.edges.map((e) => e.id) });
}

/** Starts loading libavoid and follows every edit of the store with its re-route. */
export function startRouting(store: DocumentStore): void {
  store.setFollowUp(rerouteFollowUp);
  void loadRouter();
}
