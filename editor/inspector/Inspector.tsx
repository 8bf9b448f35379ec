// Placeholder until the inspector lands.
export function Inspector() {
  return null;
}
