// "Alleen toevoegen en bijwerken": a CSV import that adds and updates but
// keeps every partner the file does not name, so a region that fills its
// directory in steps never loses the partners it typed by hand.
import { describe, expect, it } from 'vitest';
import { applyDirectoryImport, parseDirectoryCsv, planDirectoryImport } from '../../schema/csv';
import { cardProblems } from '../../schema/load/load-card';
import { NOW } from './helpers';
import { sampleCard } from './regional-scenario';

const card = sampleCard();
const HEADER = 'id;organisatie;dienst;telefoon;secties';
const sheet = (...rows: string[]) => parseDirectoryCsv([HEADER, ...rows].join('\r\n'));
const NEW_ROW = ';Huis van het Kind Ronse;Opvoedingsondersteuning;055 21 00 00;ouders';
const CHANGED_ROW = 'cgg;CGG;Therapie voor ouders en kinderen;;';

describe('a CSV import that only adds and updates', () => {
  it('adds and updates, and keeps the partners the file does not name', () => {
    const plan = planDirectoryImport(card, sheet(NEW_ROW, CHANGED_ROW), 'merge');
    expect(plan.mode).toBe('merge');
    expect(plan.applicable).toBe(true);
    expect(plan.added.map((a) => a.partner.organisation)).toEqual(['Huis van het Kind Ronse']);
    expect(plan.changed.map((c) => c.partnerId)).toEqual(['cgg']);
    expect(plan.removed).toEqual([]);
    expect(plan.kept.map((p) => p.id)).toEqual(
      card.directory.partners.map((p) => p.id).filter((id) => id !== 'cgg'),
    );
    const applied = applyDirectoryImport(card, plan);
    expect(applied.directory.partners).toHaveLength(card.directory.partners.length + 1);
    const echo = card.directory.partners.find((p) => p.id === 'echo');
    expect(applied.directory.partners.find((p) => p.id === 'echo')).toEqual(echo);
    // The kept partners keep their places in the sections too (the CGG's row empties its own).
    const listed = (c: typeof card) =>
      c.directory.sections.flatMap((s) =>
        s.entries.filter((e) => e.partner !== 'cgg').map((e) => `${s.id}/${e.partner}`),
      );
    expect(listed(applied)).toEqual(expect.arrayContaining(listed(card)));
    expect(cardProblems(applied, { now: NOW }).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('replaces the whole directory only when asked', () => {
    const replace = planDirectoryImport(card, sheet(NEW_ROW, CHANGED_ROW), 'replace');
    expect(replace.kept).toEqual([]);
    expect(replace.removed).toHaveLength(card.directory.partners.length - 1);
    // Replace stays what planning does when no mode is named (the CLI and older callers).
    expect(planDirectoryImport(card, sheet(NEW_ROW, CHANGED_ROW)).mode).toBe('replace');
  });

  it('refuses a bad row in either mode, whatever it would keep', () => {
    const bad = sheet(';Zonder nummer;;09 21;ouders');
    expect(planDirectoryImport(card, bad, 'merge').applicable).toBe(false);
    expect(planDirectoryImport(card, bad, 'replace').applicable).toBe(false);
  });
});
