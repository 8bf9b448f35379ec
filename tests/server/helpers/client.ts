// A browser stand-in for app.request(): keeps cookies, sends Origin like a
// browser does on unsafe requests, and reads JSON answers.
import type { Hono } from 'hono';
import type { AppEnv } from '../../../server/app-env';

export const ORIGIN = 'http://localhost';

export interface Reply<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly app: Hono<AppEnv>,
    readonly headers: Record<string, string> = {},
  ) {}

  async raw(
    method: string,
    path: string,
    init: { body?: BodyInit; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { origin: ORIGIN, ...this.headers, ...init.headers };
    if (this.cookies.size)
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.app.request(`${ORIGIN}${path}`, {
      method,
      headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const text = value.join('=');
      if (/max-age=0/i.test(line) || text === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), text);
    }
    return response;
  }

  async json<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Reply<T>> {
    const response = await this.raw(
      method,
      path,
      body === undefined
        ? {}
        : {
            body: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          },
    );
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : {}) as T,
    };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.json<T>('GET', path);
  }
  post<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.json<T>('POST', path, body ?? {});
  }
  put<T = Record<string, unknown>>(path: string, body: unknown) {
    return this.json<T>('PUT', path, body);
  }
  delete<T = Record<string, unknown>>(path: string) {
    return this.json<T>('DELETE', path);
  }

  async signIn(email: string, password: string): Promise<this> {
    const reply = await this.post('/api/auth/login', { email, password });
    if (reply.status !== 200)
      throw new Error(`sign-in of ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return this;
  }
}
