// Whether the canvas shows its minimap: off unless asked for, so it never
// covers the chart; the choice is remembered for the next visit.
import { Observable } from '../state/observable';

const KEY = 'kindreflex-studio.minimap';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export const miniMapShown = new Observable<boolean>(stored());

export function toggleMiniMap(): void {
  miniMapShown.update((was) => !was);
  try {
    localStorage.setItem(KEY, miniMapShown.get() ? 'on' : 'off');
  } catch {
    // Without storage the choice lasts for this visit only.
  }
}
