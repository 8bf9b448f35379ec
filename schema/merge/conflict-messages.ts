// The sentences of merge conflicts: what clashes, and what each of the two
// buttons does. The studio shows these as they are.
import { nodePlaces, type NodePlace } from '../describe-node';
import { NODE_FIELD_NAMES } from '../diff/nodes';
import { plainValue, same, unknownField } from '../diff/sentences';
import type { LocalizedText } from '../problems';
import { capitalize, quoted } from '../wording';
import type { FlowAndRoles } from './merge-flow';
import type { RawConflict } from './three-way';
import type { MergeConflict, MergeEntity, MergeSide } from './types';

const FIELD_NAMES: Record<string, Record<string, LocalizedText>> = {
  node: NODE_FIELD_NAMES,
  edge: {
    label: { nl: 'label', en: 'label' },
    kind: { nl: 'soort', en: 'kind' },
    source: { nl: 'vertrekpunt', en: 'start' },
    target: { nl: 'eindpunt', en: 'end' },
  },
  role: {
    name: { nl: 'naam', en: 'name' },
    description: { nl: 'beschrijving', en: 'description' },
  },
  flow: { title: { nl: 'titel', en: 'title' } },
};

const value = (v: unknown): LocalizedText =>
  v === undefined
    ? { nl: '(leeg)', en: '(empty)' }
    : typeof v === 'string'
      ? quoted(v)
      : plainValue(v);

/** Conflicts with their sentences; nodes are named by their place in the new base, else the region. */
export function describeConflicts(
  conflicts: readonly RawConflict[],
  regional: FlowAndRoles,
  newBase: FlowAndRoles,
): MergeConflict[] {
  const wording = new Wording(regional, newBase);
  return conflicts.map((c) => wording.describe(c));
}

class Wording {
  private readonly places: Map<string, NodePlace>[];

  constructor(
    private readonly regional: FlowAndRoles,
    private readonly newBase: FlowAndRoles,
  ) {
    this.places = [nodePlaces(newBase), nodePlaces(regional)];
  }

  private node(id: string): LocalizedText {
    for (const places of this.places) {
      const label = places.get(id)?.label;
      if (label) return label;
    }
    return same(id);
  }

  private subject(c: RawConflict): LocalizedText {
    switch (c.entity) {
      case 'node':
        return this.node(c.entityId);
      case 'edge': {
        const edge = [...this.newBase.flow.edges, ...this.regional.flow.edges].find(
          (e) => e.id === c.entityId,
        );
        if (!edge) return same(c.entityId);
        const [from, to] = [this.node(edge.source), this.node(edge.target)];
        return {
          nl: `De pijl van ${from.nl} naar ${to.nl}`,
          en: `The arrow from ${from.en} to ${to.en}`,
        };
      }
      case 'role': {
        const role = [...this.newBase.roles, ...this.regional.roles].find(
          (r) => r.id === c.entityId,
        );
        const name = quoted(role?.name ?? c.entityId);
        return { nl: `Rol ${name.nl}`, en: `Role ${name.en}` };
      }
      case 'flow':
        return { nl: 'Het stroomschema', en: 'The flow' };
    }
  }

  /** The conflict with its sentences. */
  describe(c: RawConflict): MergeConflict {
    const [message, options] = this.sentences(c);
    return { ...c, message: { nl: capitalize(message.nl), en: capitalize(message.en) }, options };
  }

  private sentences(c: RawConflict): [LocalizedText, Record<MergeSide, LocalizedText>] {
    const s = this.subject(c);
    const what = WHAT[c.entity];
    switch (c.kind) {
      case 'both-changed': {
        const field = FIELD_NAMES[c.entity]?.[c.field ?? ''] ?? unknownField(c.field ?? '');
        const [mine, theirs] = [value(c.regional), value(c.newBase)];
        return [
          {
            nl: `${s.nl}: de regio en de nieuwe basiskaart wijzigden allebei ${withArticle(field.nl)}. Regio: ${mine.nl}; basiskaart: ${theirs.nl}.`,
            en: `${s.en}: the region and the new base card both changed the ${field.en}. Region: ${mine.en}; base card: ${theirs.en}.`,
          },
          { regional: KEEP_REGIONAL_VERSION, newBase: TAKE_BASE_VERSION },
        ];
      }
      case 'deleted-in-base':
        return [
          {
            nl: `${s.nl} is verwijderd in de nieuwe basiskaart, maar de regio heeft ${what.nl} aangepast.`,
            en: `${s.en} was removed from the new base card, but the region changed ${what.en}.`,
          },
          { regional: KEEP_WITH_CHANGE, newBase: REMOVE_AS_BASE },
        ];
      case 'deleted-in-region':
        return [
          {
            nl: `${s.nl} is aangepast in de nieuwe basiskaart, maar de regio had ${what.nl} verwijderd.`,
            en: `${s.en} was changed in the new base card, but the region had removed ${what.en}.`,
          },
          { regional: LEAVE_REMOVED, newBase: BRING_BACK },
        ];
      case 'still-used': {
        const needs = stillNeeded(c.entity, c.usedBy?.length ?? 0);
        const drop = c.entity === 'node' ? DROP_ARROWS : DROP_REFERENCES;
        if (c.deletedBy === 'newBase')
          return [
            {
              nl: `${s.nl} is verwijderd in de nieuwe basiskaart, maar in de regio ${needs.nl}.`,
              en: `${s.en} was removed from the new base card, but in the region ${needs.en}.`,
            },
            {
              regional: { nl: 'Behouden', en: 'Keep it' },
              newBase: { nl: `Verwijderen en ${drop.nl}`, en: `Remove it and ${drop.en}` },
            },
          ];
        return [
          {
            nl: `De regio had ${lower(s.nl)} verwijderd, maar in de nieuwe basiskaart ${needs.nl}.`,
            en: `The region had removed ${lower(s.en)}, but in the new base card ${needs.en}.`,
          },
          {
            regional: {
              nl: `Verwijderd laten en ${drop.nl}`,
              en: `Leave it removed and ${drop.en}`,
            },
            newBase: BRING_BACK,
          },
        ];
      }
    }
  }
}

const WHAT: Record<MergeEntity, LocalizedText> = {
  node: { nl: 'dit vak', en: 'this box' },
  edge: { nl: 'deze pijl', en: 'this arrow' },
  role: { nl: 'deze rol', en: 'this role' },
  flow: { nl: 'het stroomschema', en: 'the flow' },
};
const KEEP_REGIONAL_VERSION = {
  nl: 'De versie van de regio behouden',
  en: "Keep the region's version",
};
const TAKE_BASE_VERSION = {
  nl: 'De versie van de basiskaart overnemen',
  en: "Take the base card's version",
};
const KEEP_WITH_CHANGE = {
  nl: 'Behouden, met de aanpassing van de regio',
  en: "Keep it, with the region's change",
};
const REMOVE_AS_BASE = {
  nl: 'Verwijderen, zoals in de basiskaart',
  en: 'Remove it, as in the base card',
};
const LEAVE_REMOVED = { nl: 'Verwijderd laten', en: 'Leave it removed' };
const BRING_BACK = {
  nl: 'Terugzetten, zoals in de basiskaart',
  en: 'Bring it back, as in the base card',
};
const DROP_ARROWS = { nl: 'de pijlen ernaar weglaten', en: 'drop the arrows to it' };
const DROP_REFERENCES = { nl: 'de verwijzingen weglaten', en: 'drop the references to it' };

/** Dutch nouns that take "het"; the others here take "de". */
const HET_WORDS = ['label', 'vertrekpunt', 'eindpunt', 'veld'];
const withArticle = (noun: string): string =>
  `${HET_WORDS.some((w) => noun.startsWith(w)) ? 'het' : 'de'} ${noun}`;

/** "verwijst er nog een pijl naar" / "gebruiken 2 stappen of partners ze nog". */
function stillNeeded(entity: MergeEntity, users: number): LocalizedText {
  if (entity === 'node')
    return users === 1
      ? { nl: 'verwijst er nog een pijl naar', en: 'an arrow still leads to it' }
      : { nl: `verwijzen er nog ${users} pijlen naar`, en: `${users} arrows still lead to it` };
  return users === 1
    ? { nl: 'gebruikt een stap of partner ze nog', en: 'a step or partner still uses it' }
    : {
        nl: `gebruiken ${users} stappen of partners ze nog`,
        en: `${users} steps or partners still use it`,
      };
}

/** "De pijl" -> "de pijl" inside a sentence; names like "Scenario 3" stay as they are. */
function lower(text: string): string {
  return /^(De|Het|Rol|The|Role) /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
