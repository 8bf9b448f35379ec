// Ids and secrets. Row ids carry a prefix that says what they name ("k-" a
// card row, "w-" a workspace); secrets are 32 random bytes and only their
// SHA-256 is stored, so a stolen database holds no usable session or link.
import { createHash, randomBytes } from 'node:crypto';

export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(12).toString('base64url')}`;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
