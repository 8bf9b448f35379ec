// Passwords are stored as argon2id hashes (the PHC string, with its own salt
// and parameters) through @node-rs/argon2, which ships prebuilt binaries as npm
// packages: nothing is compiled or downloaded at install time.
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;
/** Longer inputs only cost hashing time; no one types a 1,000-character password. */
export const MAX_PASSWORD_LENGTH = 1000;

/** OWASP's recommended argon2id settings: 19 MiB, 2 passes, 1 lane (the library's defaults, pinned). */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function passwordLongEnough(password: string): boolean {
  // Counted in code points, so that "é" or an emoji is one character.
  const length = [...password].length;
  return length >= MIN_PASSWORD_LENGTH && password.length <= MAX_PASSWORD_LENGTH;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false; // a damaged hash in the database is a failed sign-in, not a crash
  }
}

/** Spent on an unknown e-mail address so that its answer takes as long as a wrong password. */
let dummyHash: Promise<string> | null = null;
export async function verifyNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('kindreflex-dummy-password');
  await verifyPassword(await dummyHash, password);
}
