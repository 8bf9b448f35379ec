// The card document, as described by kindreflex.schema.json (schemaVersion 1).
// Unknown fields are kept by the load path, hence the index signatures on the
// top-level objects that people are most likely to extend by hand.

export const CURRENT_SCHEMA_VERSION = 1;

export type NodeKind =
  'start' | 'step' | 'prompts' | 'assessment' | 'scenario' | 'end' | 'note' | 'tip';

export const NODE_KINDS: readonly NodeKind[] = [
  'start',
  'step',
  'prompts',
  'assessment',
  'scenario',
  'end',
  'note',
  'tip',
];

/** Annotations stand beside the flow: they take no part in reachability or dead-end checks. */
export const ANNOTATION_KINDS: ReadonlySet<NodeKind> = new Set(['note', 'tip']);

export type Severity = 1 | 2 | 3 | 4 | 5;
export type Audience = 'ouders' | 'professionals' | 'beide';
export type WayIn = 'brede-instap' | 'via-contactpersoon' | 'consult' | 'aanmelding';
export type Side = 'top' | 'right' | 'bottom' | 'left';

export interface Position {
  x: number;
  y: number;
}

export interface Criterion {
  id: string;
  text: string;
  hint?: string;
}

export interface FlowNode {
  id: string;
  kind: NodeKind;
  title?: string;
  text?: string;
  items?: string[];
  criteria?: Criterion[];
  severity?: Severity;
  roles?: string[];
  position: Position;
  width?: number;
  [extra: string]: unknown;
}

export interface FlowEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  kind?: 'next' | 'return';
  sourceHandle?: Side;
  targetHandle?: Side;
  [extra: string]: unknown;
}

export interface Flow {
  title?: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface Role {
  id: string;
  name: string;
  description?: string;
}

export interface Phone {
  number: string;
  label?: string;
}

export interface AgeRange {
  fromMonths?: number;
  toMonths?: number;
  note?: string;
}

export interface Partner {
  id: string;
  organisation: string;
  service?: string;
  audience?: Audience;
  wayIn?: WayIn;
  phones?: Phone[];
  email?: string;
  website?: string;
  ageRange?: AgeRange;
  municipalities?: string[];
  roles?: string[];
  regions?: string[];
  lastChecked?: string;
  socialeKaart?: string;
  kbo?: string;
  note?: string;
  [extra: string]: unknown;
}

export interface SectionEntry {
  partner: string;
  wayIn?: WayIn;
  note?: string;
}

export interface Section {
  id: string;
  title: string;
  audience?: Audience;
  description?: string;
  entries: SectionEntry[];
}

export interface Directory {
  title?: string;
  sections: Section[];
  partners: Partner[];
}

export interface Resource {
  id: string;
  title: string;
  description?: string;
  url: string;
  links?: { label: string; url: string }[];
}

export interface Region {
  id: string;
  name: string;
  description?: string;
  municipalities?: string[];
}

export interface Origin {
  cardId: string;
  title?: string;
  version?: string;
  hash: string;
  takenAt?: string;
  /** The base's stable address on a server (…/k/WORKSPACE/CARD/); its card.json is the latest release. */
  url?: string;
  base?: { flow: Flow; roles: Role[] };
}

export interface Release {
  version: string;
  publishedAt: string;
  notes?: string;
  hash: string;
  changes?: string[];
}

export interface Card {
  $schema?: string;
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  id: string;
  title: string;
  subtitle?: string;
  language?: string;
  source?: { title: string; url?: string };
  regions: Region[];
  flow: Flow;
  roles: Role[];
  directory: Directory;
  resources?: Resource[];
  origin?: Origin;
  release?: Release;
  [extra: string]: unknown;
}
