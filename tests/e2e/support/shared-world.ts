// Seeds the shared server for one test through its API, as a beheerder would:
// a workspace of its own, members with their role and password, and a card.
// Every test makes its own workspace and accounts, so tests never share state.
import { request, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ADMIN, sharedServerUrl } from './shared-server';

export type Role = 'lezer' | 'redacteur' | 'beheerder';

export interface Member {
  email: string;
  name: string;
  password: string;
  role: Role;
}

export interface SharedWorld {
  slug: string;
  name: string;
  members: Record<string, Member>;
  /** A card in the workspace (the sample card), made by the first member. */
  card: { id: string; title: string };
  api: (member: Member) => Promise<APIRequestContext>;
}

let counter = 0;
const unique = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${process.pid.toString(36)}-${++counter}`;

export const sampleCard = (): unknown =>
  JSON.parse(readFileSync('samples/kindreflex-zuid-oost-vlaanderen.json', 'utf8'));

/** An API client signed in as this account (Origin set, as the server's cross-site check asks). */
export async function signedInApi(email: string, password: string): Promise<APIRequestContext> {
  const api = await request.newContext({
    baseURL: sharedServerUrl,
    extraHTTPHeaders: { origin: sharedServerUrl },
  });
  const reply = await api.post('/api/auth/login', { data: { email, password } });
  if (!reply.ok()) throw new Error(`sign-in of ${email}: ${reply.status()} ${await reply.text()}`);
  return api;
}

async function ok<T>(reply: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  if (!reply.ok()) throw new Error(`${reply.url()}: ${reply.status()} ${await reply.text()}`);
  return (await reply.json()) as T;
}

/** A workspace with these members (key: a first name), and the sample card in it (unless `card: false`). */
export async function sharedWorld(
  roles: Record<string, Role>,
  workspaceName = 'Zuid-Oost-Vlaanderen',
  options: { card?: boolean; slug?: string } = {},
): Promise<SharedWorld> {
  const admin = await signedInApi(ADMIN.email, ADMIN.password);
  const slug = options.slug ?? unique('ws');
  await ok(await admin.post('/api/workspaces', { data: { slug, name: workspaceName } }));
  const members: Record<string, Member> = {};
  for (const [first, role] of Object.entries(roles)) {
    const member: Member = {
      email: `${unique(first.toLowerCase())}@e2e.kindreflex.test`,
      name: `${first} Peeters`,
      password: `wachtwoord-van-${first.toLowerCase()}-12`,
      role,
    };
    const added = await ok<{ passwordLink: string }>(
      await admin.put(`/api/workspaces/${slug}/members`, {
        data: { email: member.email, role, name: member.name },
      }),
    );
    const token = new URL(added.passwordLink).searchParams.get('token');
    const set = await admin.post('/api/auth/password', {
      data: { token, password: member.password },
    });
    if (!set.ok()) throw new Error(`password of ${member.email}: ${set.status()}`);
    members[first] = member;
  }
  await admin.dispose();
  const editor = Object.values(members).find((m) => m.role !== 'lezer')!;
  const bare = {
    slug,
    name: workspaceName,
    members,
    api: (m: Member) => signedInApi(m.email, m.password),
  };
  if (options.card === false) return { ...bare, card: { id: '', title: '' } };
  const api = await signedInApi(editor.email, editor.password);
  const created = await ok<{ id: string; title: string }>(
    await api.post(`/api/workspaces/${slug}/cards`, { data: { card: sampleCard() } }),
  );
  await api.dispose();
  return { ...bare, card: { id: created.id, title: created.title } };
}
