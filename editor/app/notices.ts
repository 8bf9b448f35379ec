// Short notices at the bottom of the screen ("Kaart verwijderd. Ongedaan maken"),
// announced to screen readers through a live region.
import { Observable } from '../state/observable';

export interface Notice {
  id: number;
  text: string;
  action?: { label: string; run: () => void };
}

export const notices = new Observable<Notice[]>([]);
let nextId = 1;

export function notify(text: string, action?: Notice['action'], ms = 8000): void {
  const notice: Notice = { id: nextId++, text, ...(action ? { action } : {}) };
  notices.update((list) => [...list.slice(-2), notice]);
  setTimeout(() => dismiss(notice.id), ms);
}

export function dismiss(id: number): void {
  notices.update((list) => list.filter((n) => n.id !== id));
}
