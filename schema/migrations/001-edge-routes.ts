// Migration 1 -> 2: arrows may carry a stored route (`edge.route`: the points
// the studio's router laid and where the label sits). A version 1 card has no
// routes, so its arrows are drawn with the simple routing until the studio
// lays them. Version 1 kept fields it did not know, so a hand-edited card may
// already hold an unrelated `route` on an arrow; it is kept under another name
// (routeFromVersion1) instead of being read as a route or refused.
import type { JsonObject, Migration } from './types';

type Flow = { edges?: JsonObject[] } | undefined;

const moveStrayRoutes = (flow: Flow) =>
  flow?.edges?.map?.((edge) => {
    if (edge?.route === undefined) return;
    edge.routeFromVersion1 = edge.route;
    delete edge.route;
  });

export const edgeRoutes: Migration = {
  from: 1,
  to: 2,
  description: 'Pijlen met een opgeslagen route.',
  migrate: (doc) => {
    const next = structuredClone(doc) as { flow?: Flow; origin?: { base?: { flow?: Flow } } };
    moveStrayRoutes(next.flow);
    moveStrayRoutes(next.origin?.base?.flow);
    return next as JsonObject;
  },
};
