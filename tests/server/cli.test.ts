// The administrator's way in, as a user would do it on a fresh clone: add a
// workspace and an administrator with `npm run server -- …`, start the server
// on its embedded database, and sign in. Runs the real commands (tsx), so
// only in the PGlite run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testDatabaseKind } from './helpers/database';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe.skipIf(testDatabaseKind() !== 'pglite')('npm run server on a fresh data folder', () => {
  it('adds a workspace and an administrator, starts, and lets the administrator sign in', async () => {
    const data = mkdtempSync(join(tmpdir(), 'kindreflex-data-'));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, KINDREFLEX_DATA: data, PORT: String(port) };
    delete env.DATABASE_URL;
    const run = (args: string[], input?: string) =>
      spawnSync(tsx, ['server/main.ts', ...args], { cwd: root, env, input, encoding: 'utf8' });

    const workspace = run(['workspace', 'add', 'zuid-oost-vlaanderen', 'Zuid-Oost-Vlaanderen']);
    expect(workspace.stdout).toMatch(/Werkruimte zuid-oost-vlaanderen/);
    const admin = run(
      [
        'user',
        'add',
        'beheer@example.be',
        '--admin',
        '--workspace',
        'zuid-oost-vlaanderen',
        '--role',
        'beheerder',
        '--password-stdin',
      ],
      'een lang en geheim wachtwoord\n',
    );
    expect(admin.status).toBe(0);
    const invited = run(['user', 'add', 'collega@example.be']);
    expect(invited.stdout).toMatch(
      new RegExp(`http://localhost:${port}/wachtwoord\\?token=[\\w-]{43}`),
    );
    // Forgot it before using it: a new link; then the account is disabled.
    const reset = run(['user', 'reset-password', 'collega@example.be']);
    expect(reset.stdout).toMatch(
      new RegExp(`http://localhost:${port}/wachtwoord\\?token=[\\w-]{43}`),
    );
    const disabled = run(['user', 'disable', 'collega@example.be']);
    expect(disabled.stdout).toMatch(/collega@example\.be uitgeschakeld/);
    const short = run(['user', 'add', 'kort@example.be', '--password-stdin'], 'kort\n');
    expect(short.status).toBe(1);
    expect(short.stderr).toMatch(/minstens 12 tekens/);

    const server = spawn(tsx, ['server/main.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      let health: Response | null = null;
      for (let i = 0; i < 200 && !health; i++)
        health = await fetch(`${base}/api/health`).catch(
          () => new Promise<null>((r) => setTimeout(() => r(null), 100)),
        );
      expect(await health!.json()).toMatchObject({ ok: true, database: 'pglite' });
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base },
        body: JSON.stringify({
          email: 'beheer@example.be',
          password: 'een lang en geheim wachtwoord',
        }),
      });
      expect(login.status).toBe(200);
      expect(await login.json()).toMatchObject({
        workspaces: [{ slug: 'zuid-oost-vlaanderen', role: 'beheerder' }],
      });
      const studio = await fetch(`${base}/editor/`);
      expect([200, 503]).toContain(studio.status); // 503 with a Dutch explanation when dist/ is not built
      // A second process on the same data folder is refused while the server runs.
      const clash = run(['workspace', 'add', 'tweede', 'Tweede']);
      expect(clash.stderr).toMatch(/in gebruik door proces/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  }, 240_000);
});
