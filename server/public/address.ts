// The stable addresses of published cards, for people and for sites that embed
// them:
//   /k/                                  the catalogue
//   /k/WORKSPACE/CARD/                   the viewer with the card's latest release
//   /k/WORKSPACE/CARD/card.json          that release
//   /k/WORKSPACE/CARD/VERSION/           one release, forever
//   /k/WORKSPACE/CARD/VERSION/card.json
// WORKSPACE is the workspace's slug, CARD the card's id at its first release,
// VERSION the release's version number ("2026.1").

export const CATALOGUE_PATH = '/k/';

/**
 * A release's version number must make a clean path segment, and must not be
 * mistaken for the viewer's own files beside it (assets/, card.json, sw.js):
 * it starts with a digit. The suggested numbers ("2026.1") always do.
 */
export const RELEASE_VERSION_PATTERN = /^[0-9][0-9A-Za-z._-]{0,49}$/;

export function cardPath(workspace: string, address: string): string {
  return `/k/${encodeURIComponent(workspace)}/${encodeURIComponent(address)}/`;
}

export function releasePath(workspace: string, address: string, version: string): string {
  return `${cardPath(workspace, address)}${encodeURIComponent(version)}/`;
}

export interface CardAddress {
  origin: string;
  workspace: string;
  address: string;
}

/** "https://host/k/ws/card/" (or its card.json) as its parts; null for any other address. */
export function parseCardUrl(url: string): CardAddress | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const match = /^\/k\/([^/]+)\/([^/]+)\/(?:card\.json)?$/.exec(parsed.pathname);
  if (!match) return null;
  try {
    return {
      origin: parsed.origin,
      workspace: decodeURIComponent(match[1]!),
      address: decodeURIComponent(match[2]!),
    };
  } catch {
    return null;
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether an address's origin is this server's. Loopback names count as one
 * (a card derived at http://localhost:8787 still follows its base when the
 * server is reached as http://127.0.0.1:8787); anything else must match.
 */
export function sameServer(origin: string, own: string): boolean {
  if (origin === own) return true;
  try {
    const [a, b] = [new URL(origin), new URL(own)];
    return (
      a.protocol === b.protocol &&
      a.port === b.port &&
      LOOPBACK.has(a.hostname) &&
      LOOPBACK.has(b.hostname)
    );
  } catch {
    return false;
  }
}
