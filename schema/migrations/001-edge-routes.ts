// Migration 1 -> 2: arrows may carry a stored route (`edge.route`: the points
// the studio's router laid and where the label sits). A version 1 card has no
// routes, so its arrows are drawn with the simple routing until the studio
// lays them. Version 1 kept fields it did not know, so a hand-edited card may
// already hold an unrelated `route` on an arrow; it is kept under another name
// instead of being read as a route or refused.
import type { JsonObject, Migration } from './types';

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function moveStrayRoutes(flow: unknown): unknown {
  if (!isObject(flow) || !Array.isArray(flow.edges)) return flow;
  const edges = flow.edges.map((edge: unknown) => {
    if (!isObject(edge) || !('route' in edge)) return edge;
    const { route, ...rest } = edge;
    return { ...rest, routeFromVersion1: route };
  });
  return { ...flow, edges };
}

export const edgeRoutes: Migration = {
  from: 1,
  to: 2,
  description:
    'Pijlen kunnen een opgeslagen route hebben; een onbekend veld "route" uit versie 1 heet voortaan "routeFromVersion1".',
  migrate: (doc) => {
    const next: JsonObject = { ...doc, flow: moveStrayRoutes(doc.flow) };
    const origin = doc.origin;
    if (isObject(origin) && isObject(origin.base))
      next.origin = {
        ...origin,
        base: { ...origin.base, flow: moveStrayRoutes(origin.base.flow) },
      };
    return next;
  },
};
