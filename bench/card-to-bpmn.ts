// A card's chart as BPMN 2.0 XML with diagram interchange, for the benchmark's
// bpmn-js peer: every node a shape with the card's position and size (start and
// end as events, notes and tips as text annotations, the rest as tasks named by
// their text), every arrow a sequence flow with orthogonal waypoints between the
// sides the viewer picks. The same 37 nodes and 41 arrows, drawn by bpmn-js.
import { layoutNode } from '../schema/layout/measure';
import { pickSides, type Box } from '../schema/layout/sides';
import type { Card, FlowNode, Side } from '../schema/types';

type Point = [number, number];

const escape = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
/** XML ids must be names: the card's ids are kebab-case, which is fine once prefixed. */
const xmlId = (id: string) => `k_${id.replace(/[^\w.-]/g, '_')}`;

function element(node: FlowNode): string {
  const name = escape([node.title, node.text, ...(node.items ?? [])].filter(Boolean).join(' '));
  const id = xmlId(node.id);
  if (node.kind === 'start') return `<bpmn:startEvent id="${id}" name="${name}"/>`;
  if (node.kind === 'end') return `<bpmn:endEvent id="${id}" name="${name}"/>`;
  if (node.kind === 'note' || node.kind === 'tip')
    return `<bpmn:textAnnotation id="${id}"><bpmn:text>${name}</bpmn:text></bpmn:textAnnotation>`;
  return `<bpmn:task id="${id}" name="${name}"/>`;
}

function anchor(box: Box, side: Side): Point {
  if (side === 'top') return [box.x + box.w / 2, box.y];
  if (side === 'bottom') return [box.x + box.w / 2, box.y + box.h];
  return [side === 'left' ? box.x : box.x + box.w, box.y + box.h / 2];
}

function waypoints(from: Box, to: Box): Point[] {
  const [ss, ts] = pickSides(from, to);
  const [s, t] = [anchor(from, ss), anchor(to, ts)];
  if (s[0] === t[0] || s[1] === t[1]) return [s, t];
  if (ss === 'top' || ss === 'bottom') {
    const y = (s[1] + t[1]) / 2;
    return [s, [s[0], y], [t[0], y], t];
  }
  const x = (s[0] + t[0]) / 2;
  return [s, [x, s[1]], [x, t[1]], t];
}

export function cardToBpmn(card: Card): string {
  const boxes = new Map<string, Box>();
  const shapes: string[] = [];
  for (const node of card.flow.nodes) {
    const { width, height } = layoutNode(node);
    // Events are circles in BPMN: a square of the box's height, centred where the box was.
    const event = node.kind === 'start' || node.kind === 'end';
    const w = event ? Math.min(width, height) : width;
    const box = { x: node.position.x + (width - w) / 2, y: node.position.y, w, h: height };
    boxes.set(node.id, box);
    shapes.push(
      `<bpmndi:BPMNShape id="${xmlId(node.id)}_di" bpmnElement="${xmlId(node.id)}">` +
        `<dc:Bounds x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}"/></bpmndi:BPMNShape>`,
    );
  }
  const flows: string[] = [];
  const edges: string[] = [];
  for (const edge of card.flow.edges) {
    const [from, to] = [boxes.get(edge.source), boxes.get(edge.target)];
    if (!from || !to) continue;
    const id = xmlId(edge.id);
    const name = edge.label ? ` name="${escape(edge.label)}"` : '';
    flows.push(
      `<bpmn:sequenceFlow id="${id}" sourceRef="${xmlId(edge.source)}" targetRef="${xmlId(edge.target)}"${name}/>`,
    );
    const points = waypoints(from, to).map(([x, y]) => `<di:waypoint x="${x}" y="${y}"/>`);
    edges.push(
      `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">${points.join('')}</bpmndi:BPMNEdge>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ' +
      'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" ' +
      'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" ' +
      'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" ' +
      'id="kaart" targetNamespace="https://kindreflex.be/bench">',
    `<bpmn:process id="proces" isExecutable="false">`,
    ...card.flow.nodes.map(element),
    ...flows,
    '</bpmn:process>',
    '<bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="vlak" bpmnElement="proces">',
    ...shapes,
    ...edges,
    '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>',
    '</bpmn:definitions>',
  ].join('\n');
}
