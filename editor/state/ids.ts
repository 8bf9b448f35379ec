// New ids for nodes, edges, partners...: a readable prefix and a random part,
// checked against the ids already in use.

function randomPart(): string {
  const bytes = new Uint8Array(5);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export function newId(
  prefix: string,
  taken: ReadonlySet<string> | ((id: string) => boolean),
): string {
  const isTaken = typeof taken === 'function' ? taken : (id: string) => taken.has(id);
  for (;;) {
    const id = `${prefix}-${randomPart()}`;
    if (!isTaken(id)) return id;
  }
}
