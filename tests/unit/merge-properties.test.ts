// Properties of taking a base update, on random edits of the Zuid-Oost-Vlaanderen
// card by the region and by the base.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../schema/hash';
import { jsonEqual } from '../../schema/json-equal';
import { cardProblems } from '../../schema/load/load-card';
import { mergeBaseUpdate, resolveConflicts, type MergeResult } from '../../schema/merge';
import type { Card, FlowEdge } from '../../schema/types';
import {
  baseFlowEdits,
  directoryEdits,
  edited,
  regionalFlowEdits,
  type Edit,
} from './card-mutations';
import { NOW } from './helpers';
import { regionalCard, sampleCard } from './regional-scenario';

const RUNS = 200;
const base = sampleCard();
const regional = await regionalCard(base);

/** A newer base: the edits, and a change outside flow and roles so the hash differs. */
function newerBase(edits: readonly Edit[]): Card {
  const card = edited(base, edits);
  card.subtitle = 'Zuid-Oost-Vlaanderen, bijgewerkt';
  return card;
}

const merge = (local: readonly Edit[], remote: readonly Edit[]): Promise<MergeResult> =>
  mergeBaseUpdate(edited(regional, local), newerBase(remote), { now: NOW });

/** Codes that mean the card is broken, not merely unfinished. */
function brokenProblems(card: Card): string[] {
  return cardProblems(card, { now: NOW })
    .filter(
      (p) =>
        p.code === 'schema' ||
        p.code === 'duplicate-id' ||
        p.code === 'edge-missing-node' ||
        (p.code === 'unknown-role' && p.pointer.startsWith('/flow')),
    )
    .map((p) => `${p.pointer}: ${p.message.en}`);
}

describe('mergeBaseUpdate: properties', () => {
  it('an update that leaves flow and roles as they were changes nothing of the region’s', async () => {
    await fc.assert(
      fc.asyncProperty(regionalFlowEdits, directoryEdits, async (flowEdits, dirEdits) => {
        const local = edited(regional, [...flowEdits, ...dirEdits]);
        const result = await mergeBaseUpdate(local, newerBase([]), { now: NOW });
        expect(result.conflicts).toEqual([]);
        const { origin: _merged, ...mergedRest } = result.card;
        const { origin: _local, ...localRest } = local;
        expect(mergedRest).toEqual(localRest);
        // Merging the very base the region took changes nothing at all.
        expect((await mergeBaseUpdate(local, base, { now: NOW })).card).toEqual(local);
      }),
      { numRuns: RUNS },
    );
  });

  it('the region’s directory, regions, resources and own data always survive', async () => {
    await fc.assert(
      fc.asyncProperty(
        regionalFlowEdits,
        directoryEdits,
        baseFlowEdits,
        directoryEdits,
        async (localFlow, localDir, remoteFlow, remoteDir) => {
          const local = edited(regional, [...localFlow, ...localDir]);
          const result = await mergeBaseUpdate(local, newerBase([...remoteFlow, ...remoteDir]), {
            now: NOW,
          });
          for (const card of [result.card, resolveConflicts(result, allBase(result))]) {
            const { flow: _f, roles: _r, origin: _o, ...rest } = card;
            const { flow: _lf, roles: _lr, origin: _lo, ...localRest } = local;
            expect(rest).toEqual(localRest);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('when the region changed nothing in its flow, the merged flow is the new base’s', async () => {
    await fc.assert(
      fc.asyncProperty(directoryEdits, baseFlowEdits, async (localDir, remoteFlow) => {
        const result = await merge(localDir, remoteFlow);
        expect(result.card.flow).toEqual(newerBase(remoteFlow).flow);
        // The only possible conflict: a role the base dropped that the region's partners fill.
        for (const c of result.conflicts)
          expect([c.entity, c.kind]).toEqual(['role', 'still-used']);
        expect(result.card.origin?.hash).toBe(await contentHash(newerBase(remoteFlow)));
        expect(result.card.origin?.base?.flow).toEqual(result.card.flow);
      }),
      { numRuns: RUNS },
    );
  });

  it('never breaks the card: ids unique, arrows between existing nodes, whatever is chosen', async () => {
    await fc.assert(
      fc.asyncProperty(
        regionalFlowEdits,
        baseFlowEdits,
        fc.infiniteStream(fc.boolean()),
        async (localFlow, remoteFlow, coin) => {
          const result = await merge(localFlow, remoteFlow);
          expect(brokenProblems(result.card)).toEqual([]);
          // Every sentence names things: no "undefined" or "[object Object]" slipped in.
          for (const { message } of [...result.conflicts, ...result.changes])
            expect(`${message.nl} ${message.en}`).not.toMatch(/undefined|\[object/);
          const choices = Object.fromEntries(
            result.conflicts.map(
              (c) => [c.id, coin.next().value ? 'newBase' : 'regional'] as const,
            ),
          );
          expect(brokenProblems(resolveConflicts(result, choices))).toEqual([]);
          expect(brokenProblems(resolveConflicts(result, allBase(result)))).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a change of the base to anything the region left alone is taken as it is', async () => {
    await fc.assert(
      fc.asyncProperty(regionalFlowEdits, baseFlowEdits, async (localFlow, remoteFlow) => {
        const local = edited(regional, localFlow);
        const update = newerBase(remoteFlow);
        const { card, conflicts } = await mergeBaseUpdate(local, update, { now: NOW });
        const ancestor = regional.origin!.base!;
        // Items a conflict is about, and arrows of nodes kept against a removal, may differ.
        const involved = new Set(conflicts.map((c) => c.entityId));
        const lists = [
          [ancestor.flow.nodes, local.flow.nodes, update.flow.nodes, card.flow.nodes],
          [ancestor.flow.edges, local.flow.edges, update.flow.edges, card.flow.edges],
          [ancestor.roles, local.roles, update.roles, card.roles],
        ] as const;
        for (const [before, mine, theirs, merged] of lists)
          for (const item of before) {
            const find = (list: readonly { id: string }[]) => list.find((x) => x.id === item.id);
            if (!jsonEqual(find(mine), item) || involved.has(item.id)) continue;
            const ends = [...endsOf(item), ...endsOf(find(theirs))];
            if (ends.some((end) => involved.has(end))) continue;
            expect(find(merged)).toEqual(find(theirs));
          }
      }),
      { numRuns: RUNS },
    );
  });
});

/** The two nodes of an arrow; none for a node or a role. */
function endsOf(item: unknown): string[] {
  const edge = item as Partial<FlowEdge> | undefined;
  return edge?.source !== undefined && edge.target !== undefined ? [edge.source, edge.target] : [];
}

function allBase(result: MergeResult): Record<string, 'newBase'> {
  return Object.fromEntries(result.conflicts.map((c) => [c.id, 'newBase' as const]));
}
