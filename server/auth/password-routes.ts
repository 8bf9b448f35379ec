// Choosing a password through the one-time link that `npm run server -- user
// add` prints: a small page (GET/POST /wachtwoord) and the same as JSON
// (POST /api/auth/password) for the studio.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env';
import { audit } from '../audit/log';
import { readJson, stringField } from '../http/body';
import { ApiError } from '../http/errors';
import { takePasswordToken, setPasswordHash } from './accounts';
import { endSessions } from './password-links';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  hashPassword,
  passwordLongEnough,
} from './passwords';
import { passwordPage } from './password-page';

type Outcome = 'saved' | 'weak-password' | 'bad-token';

async function choosePassword(
  c: Context<AppEnv>,
  token: string,
  password: string,
): Promise<Outcome> {
  if (!passwordLongEnough(password)) return 'weak-password';
  // Hash before the transaction: argon2 takes tens of milliseconds.
  const passwordHash = await hashPassword(password);
  return c.var.deps.db.transaction(async (tx) => {
    const account = await takePasswordToken(tx, token);
    if (!account) return 'bad-token';
    await setPasswordHash(tx, account.id, passwordHash);
    // A new password ends every session: whoever knew the old one is signed out.
    const ended = await endSessions(tx, account.id);
    await audit(tx, {
      actor: account,
      action: 'password-set',
      target: account.email,
      details: { sessionsEnded: ended },
    });
    return 'saved';
  });
}

export const passwordApi = new Hono<AppEnv>();

passwordApi.post('/password', async (c) => {
  const body = await readJson(c);
  const outcome = await choosePassword(
    c,
    stringField(body, 'token', 100),
    stringField(body, 'password', MAX_PASSWORD_LENGTH),
  );
  if (outcome === 'weak-password')
    throw new ApiError(400, 'weak-password', { min: MIN_PASSWORD_LENGTH });
  if (outcome === 'bad-token') throw new ApiError(400, 'bad-token');
  return c.body(null, 204);
});

export const passwordPageRoutes = new Hono<AppEnv>();

passwordPageRoutes.get('/', (c) => c.html(passwordPage({ token: c.req.query('token') ?? '' })));

passwordPageRoutes.post('/', async (c) => {
  const form = await c.req.parseBody();
  const token = typeof form.token === 'string' ? form.token.slice(0, 100) : '';
  const password = typeof form.password === 'string' ? form.password : '';
  const repeat = typeof form.repeat === 'string' ? form.repeat : '';
  if (password !== repeat) return c.html(passwordPage({ token, problem: 'mismatch' }), 400);
  const outcome = await choosePassword(c, token, password.slice(0, MAX_PASSWORD_LENGTH));
  if (outcome !== 'saved') return c.html(passwordPage({ token, problem: outcome }), 400);
  return c.html(passwordPage({ token: '', done: true }));
});
