// diffCards: every difference between two versions of a card, as a list of
// changes in reading order (card data, flow, roles, regions, directory,
// resources). What the content hash leaves out ($schema, release) is not
// compared either, so cards with the same content hash have no changes.
import type { Card } from '../types';
import { diffMetadata, diffRegions, diffResources, diffRoles } from './card';
import { diffEdges } from './edges';
import type { FlowPart } from './flow-sides';
import { diffNodes } from './nodes';
import { diffPartners } from './partners';
import { diffSections } from './sections';
import type { Change } from './types';

/** The changes in the flow (nodes, then edges) and the roles only. */
export function diffFlowAndRoles(older: FlowPart, newer: FlowPart): Change[] {
  return [...diffNodes(older, newer), ...diffEdges(older, newer), ...diffRoles(older, newer)];
}

/**
 * Every change from `older` to `newer`, field by field, each with a Dutch and English
 * sentence. Node moves and resizes and arrows attached to another side have
 * `layout: true`. Array order is compared where it means something to a reader
 * (steps' lists, criteria, phone numbers, section entries), not for the lists of nodes,
 * edges, roles, regions, partners, sections or resources, whose order is not shown.
 */
export function diffCards(older: Card, newer: Card): Change[] {
  return [
    ...diffMetadata(older, newer),
    ...diffFlowAndRoles(older, newer),
    ...diffRegions(older, newer),
    ...diffPartners(older, newer),
    ...diffSections(older, newer),
    ...diffResources(older, newer),
  ];
}
