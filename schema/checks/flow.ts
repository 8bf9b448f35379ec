// Checks of the flow as a graph: one start, everything reachable from it, no
// dead ends but end nodes, every scenario has a step, every named role exists.
// These leave the card loadable (so it can be fixed in the studio) but a card
// with errors cannot be published.
import { pointer } from '../pointer';
import { problem, type Problem } from '../problems';
import { ANNOTATION_KINDS, type Card } from '../types';
import { nodeLabel } from './labels';

export function flowProblems(card: Card): Problem[] {
  const { nodes, edges } = card.flow;
  const problems: Problem[] = [];
  const outgoing = new Map<string, string[]>();
  for (const edge of edges) {
    const list = outgoing.get(edge.source);
    if (list) list.push(edge.target);
    else outgoing.set(edge.source, [edge.target]);
  }
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));

  const starts = nodes.flatMap((n, i) => (n.kind === 'start' ? [i] : []));
  if (starts.length === 0) problems.push(problem('no-start', 'error', pointer('flow', 'nodes')));
  for (const i of starts.slice(1))
    problems.push(problem('multiple-start', 'error', pointer('flow', 'nodes', i)));

  const reached = new Set<string>();
  const queue = starts.map((i) => nodes[i]!.id);
  for (const id of queue) reached.add(id);
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const next of outgoing.get(id) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }

  const roleIds = new Set(card.roles.map((r) => r.id));
  nodes.forEach((node, i) => {
    const at = pointer('flow', 'nodes', i);
    const label = nodeLabel(node);
    if (!ANNOTATION_KINDS.has(node.kind)) {
      if (starts.length > 0 && !reached.has(node.id))
        problems.push(problem('unreachable', 'error', at, { label }));
      if (node.kind !== 'end' && !outgoing.has(node.id))
        problems.push(problem('dead-end', 'error', at, { label }));
    }
    if (
      node.kind === 'scenario' &&
      !(outgoing.get(node.id) ?? []).some((t) => kindOf.get(t) === 'step')
    )
      problems.push(problem('scenario-without-step', 'error', at, { label }));
    (node.roles ?? []).forEach((roleId, j) => {
      if (!roleIds.has(roleId))
        problems.push(
          problem('unknown-role', 'error', pointer('flow', 'nodes', i, 'roles', j), { id: roleId }),
        );
    });
  });
  return problems;
}
