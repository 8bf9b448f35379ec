// Immer, loaded beside the first card rather than before it: seeing a card
// needs none of it, editing one does. The import starts when the studio starts
// (in parallel with opening the database), and the studio opens no card until
// it is here (editor/app/boot.ts awaits `immerReady`), so every command finds
// it. Tests await it once (tests/unit/setup.ts).
import type * as Immer from 'immer';

let loaded: typeof Immer | undefined;

export const immerReady: Promise<typeof Immer> = import('immer').then((module) => {
  module.enablePatches();
  // Lets find/filter/some on draft arrays read without making a proxy per element:
  // a large card has thousands of nodes and most commands touch one of them.
  module.enableArrayMethods();
  loaded = module;
  return module;
});

/** Immer, once loaded; a command before any card was opened is a bug. */
export function immer(): typeof Immer {
  if (!loaded) throw new Error('Immer is not loaded yet: await immerReady before opening a card.');
  return loaded;
}
