// Integrity: ids are unique and edges join nodes that exist. A card that fails
// these cannot be shown or edited safely, so the load path refuses it.
import { pointer } from '../pointer';
import { problem, type Problem } from '../problems';
import type { Card } from '../types';

function duplicates(
  items: readonly { id: string }[],
  base: (string | number)[],
  what_nl: string,
  what_en: string,
): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id))
      problems.push(
        problem('duplicate-id', 'error', pointer(...base, i, 'id'), {
          id: item.id,
          what_nl,
          what_en,
        }),
      );
    seen.add(item.id);
  });
  return problems;
}

export function integrityProblems(card: Card): Problem[] {
  const problems = [
    ...duplicates(card.flow.nodes, ['flow', 'nodes'], 'de knopen', 'the nodes'),
    ...duplicates(card.flow.edges, ['flow', 'edges'], 'de pijlen', 'the edges'),
    ...duplicates(card.roles, ['roles'], 'de rollen', 'the roles'),
    ...duplicates(card.regions, ['regions'], "de regio's", 'the regions'),
    ...duplicates(
      card.directory.partners,
      ['directory', 'partners'],
      'de partners',
      'the partners',
    ),
    ...duplicates(card.directory.sections, ['directory', 'sections'], 'de secties', 'the sections'),
    ...duplicates(card.resources ?? [], ['resources'], 'de bronnen', 'the resources'),
  ];
  card.flow.nodes.forEach((node, i) => {
    if (node.criteria)
      problems.push(
        ...duplicates(
          node.criteria,
          ['flow', 'nodes', i, 'criteria'],
          'de criteria',
          'the criteria',
        ),
      );
  });
  const nodeIds = new Set(card.flow.nodes.map((n) => n.id));
  card.flow.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end]))
        problems.push(
          problem('edge-missing-node', 'error', pointer('flow', 'edges', i, end), {
            id: edge[end],
          }),
        );
    }
  });
  return problems;
}
