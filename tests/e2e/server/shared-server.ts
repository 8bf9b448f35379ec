// A running Kindreflex server for a browser test file: started in beforeAll,
// stopped in afterAll, with an API client signed in as the workspace's
// beheerder, for setting up what the browser then looks at.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../pages/viewer-page';
import { E2E_ADMIN, E2E_WORKSPACE } from './accounts';

export class SharedServer {
  private cookie = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly origin: string,
  ) {}

  static async start(): Promise<SharedServer> {
    const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), ['tests/e2e/server/serve.ts'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const ready = /READY (\d+)/.exec(out);
        if (ready) resolve(Number(ready[1]));
      });
      child.once('exit', (code) => reject(new Error(`server stopped (${code}): ${out}`)));
    });
    const server = new SharedServer(child, `http://127.0.0.1:${port}`);
    await server.signIn();
    return server;
  }

  get workspace(): string {
    return `/api/workspaces/${E2E_WORKSPACE.slug}`;
  }

  private async signIn(): Promise<void> {
    const response = await this.api('POST', '/api/auth/login', {
      email: E2E_ADMIN.email,
      password: E2E_ADMIN.password,
    });
    this.cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  }

  /** A JSON request as the beheerder; throws when the answer is not 2xx. */
  async api<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Response & { json(): Promise<T> }> {
    const response = await fetch(this.origin + path, {
      method,
      headers: {
        origin: this.origin,
        cookie: this.cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
