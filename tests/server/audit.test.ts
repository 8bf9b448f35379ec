// The audit log: sign-ins, card changes, deletions, restores, member and role
// changes, visible to beheerders and exportable as CSV.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../schema/types';
import { readCsv } from '../../schema/csv/rfc4180';
import { minimalCard, world } from './helpers/world';

interface Entry {
  action: string;
  actorEmail: string;
  target: string;
  details: Record<string, unknown>;
}

describe('audit log', () => {
  it('records who changed what in a workspace, for its beheerders', async () => {
    const { clients, base, accounts } = await world();
    const { body: card } = await clients.redacteur.post<{ id: string; card: Card }>(
      `${base}/cards`,
      {
        card: minimalCard(),
      },
    );
    await clients.redacteur.put(`${base}/cards/${card.id}`, {
      baseRevision: 1,
      card: { ...card.card, title: 'Nieuw' },
    });
    await clients.redacteur.delete(`${base}/cards/${card.id}`);
    await clients.beheerder.post(`${base}/cards/${card.id}/restore`);
    const added = await clients.beheerder.put<{ member: { id: string }; passwordLink: string }>(
      `${base}/members`,
      {
        email: 'nieuw.lid@example.be',
        role: 'lezer',
      },
    );
    expect(added.status).toBe(201);
    expect(added.body.passwordLink).toMatch(/\/wachtwoord\?token=/);
    await clients.beheerder.put(`${base}/members`, {
      email: 'nieuw.lid@example.be',
      role: 'redacteur',
    });
    await clients.beheerder.delete(`${base}/members/${added.body.member.id}`);

    const { status, body } = await clients.beheerder.get<{ entries: Entry[] }>(`${base}/audit`);
    expect(status).toBe(200);
    const summary = body.entries.map((e) => `${e.action} ${e.actorEmail}`).reverse();
    expect(summary).toEqual([
      `sign-in ${accounts.beheerder.email}`,
      `sign-in ${accounts.redacteur.email}`,
      `sign-in ${accounts.lezer.email}`,
      `card-created ${accounts.redacteur.email}`,
      `card-saved ${accounts.redacteur.email}`,
      `card-deleted ${accounts.redacteur.email}`,
      `card-restored ${accounts.beheerder.email}`,
      `account-created ${accounts.beheerder.email}`,
      `member-added ${accounts.beheerder.email}`,
      `member-role-changed ${accounts.beheerder.email}`,
      `member-removed ${accounts.beheerder.email}`,
    ]);
    const roleChange = body.entries.find((e) => e.action === 'member-role-changed')!;
    expect(roleChange).toMatchObject({
      target: 'nieuw.lid@example.be',
      details: { role: 'redacteur', before: 'lezer' },
    });
  });

  it('keeps the last beheerder of a workspace', async () => {
    const { clients, base, accounts } = await world();
    const reply = await clients.beheerder.put<{ error: { code: string } }>(`${base}/members`, {
      email: accounts.beheerder.email,
      role: 'lezer',
    });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('last-beheerder');
  });

  it('exports as CSV with quoted cells and formulas made harmless', async () => {
    const { clients, base } = await world();
    await clients.redacteur.post(`${base}/cards`, {
      card: { ...minimalCard(), title: 'Titel; met "aanhalingstekens"' },
    });
    await clients.beheerder.put(`${base}/members`, { email: '=1+2@example.be', role: 'lezer' });
    const response = await clients.beheerder.raw('GET', `${base}/audit.csv`);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="auditlog-ws-/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    const text = new TextDecoder().decode(bytes);
    const { records } = readCsv(text, ';');
    expect(records[0]!.cells).toEqual([
      'nummer',
      'tijdstip',
      'wie',
      'werkruimte',
      'handeling',
      'waarop',
      'details',
    ]);
    const created = records.find((r) => r.cells[4] === 'card-created')!;
    expect(JSON.parse(created.cells[6]!)).toMatchObject({ title: 'Titel; met "aanhalingstekens"' });
    const added = records.find((r) => r.cells[4] === 'member-added')!;
    expect(added.cells[5]).toBe("'=1+2@example.be");
  });
});
