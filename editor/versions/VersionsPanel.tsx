// Placeholder until version history lands.
export function VersionsPanel() {
  return null;
}
