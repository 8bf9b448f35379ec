// Sign-in through the organisation's own identity provider (OpenID Connect,
// authorization code flow with PKCE, state and nonce) with openid-client.
// The provider is discovered on first use, so the server starts even while
// the provider is unreachable. An account must exist (added by an
// administrator or a beheerder): the provider says who someone is, this server
// says what they may do. The first sign-in links the provider's subject to
// the account with the same e-mail address.
import * as client from 'openid-client';
import type { OidcConfig } from '../config';
import type { Queryable } from '../db/database';
import { ACCOUNT_COLUMNS, normaliseEmail, toAccount, type StoredAccount } from './accounts';

export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

export interface OidcIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export interface OidcSignIn {
  label: string;
  /** Where to send the browser, and what to remember in a cookie until it comes back. */
  start(redirectUri: string, returnTo: string): Promise<{ url: string; pending: OidcPending }>;
  /** Exchanges the code in `callbackUrl` for the identity it proves. */
  finish(callbackUrl: URL, pending: OidcPending): Promise<OidcIdentity>;
}

export function oidcSignIn(config: OidcConfig): OidcSignIn {
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    discovered ??= client
      .discovery(
        new URL(config.issuer),
        config.clientId,
        config.clientSecret,
        undefined,
        config.allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null; // try again on the next sign-in
        throw error;
      });
    return discovered;
  };
  return {
    label: config.label,
    async start(redirectUri, returnTo) {
      const pending: OidcPending = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
        returnTo,
      };
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },
    async finish(callbackUrl, pending) {
      const provider = await configuration();
      const tokens = await client.authorizationCodeGrant(provider, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      // A conforming provider may keep e-mail and name out of the ID token and
      // give them only at its userinfo endpoint.
      const claims =
        typeof idToken.email === 'string'
          ? idToken
          : await client.fetchUserInfo(provider, tokens.access_token, idToken.sub);
      const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
      return {
        subject: `${idToken.iss} ${idToken.sub}`,
        email: text(claims.email),
        emailVerified: claims.email_verified !== false,
        name: text(claims.name),
      };
    },
  };
}

/** The account an identity signs in to, linking it on first use; null when there is none. */
export async function accountForIdentity(
  db: Queryable,
  identity: OidcIdentity,
): Promise<StoredAccount | null> {
  const bySubject = await db.query<Parameters<typeof toAccount>[0]>(
    `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE oidc_subject = $1`,
    [identity.subject],
  );
  if (bySubject[0]) return toAccount(bySubject[0]);
  // A provider that says the address is not verified cannot claim an account by it.
  if (!identity.email || !identity.emailVerified) return null;
  const linked = await db.query<Parameters<typeof toAccount>[0]>(
    `UPDATE accounts SET oidc_subject = $2 WHERE email = $1 AND oidc_subject IS NULL
     RETURNING ${ACCOUNT_COLUMNS}`,
    [normaliseEmail(identity.email), identity.subject],
  );
  return linked[0] ? toAccount(linked[0]) : null;
}
