// "Show me this partner / section / role": the problems panel (or the roles
// panel) asks through studio.reveal; the directory clears its filters, opens
// the entry, scrolls to it and gives the focus to the field that needs work.
// A request made before the directory was shown is handled when it appears.
import { useEffect } from 'react';
import { isStale } from '../../schema/checks/directory';
import type { Studio } from '../app/studio';
import { entryKey, entrySelector, UNLISTED } from './directory-ui';
import { roleSelector } from './RolesPanel';
import { sectionSelector } from './SectionBlock';

const handled = new WeakMap<Studio, number>();
const FRAMES = 20;

/** Scrolls to and focuses the first element found, trying for a few frames while React renders. */
function focusWhenShown(selectors: string[], frames = FRAMES): void {
  requestAnimationFrame(() => {
    const element = selectors
      .map((s) => document.querySelector<HTMLElement>(s))
      .find((e): e is HTMLElement => e !== null);
    if (!element) {
      if (frames > 0) focusWhenShown(selectors, frames - 1);
      return;
    }
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  });
}

export function useDirectoryReveal(
  studio: Studio,
  expand: (key: string) => void,
  clearFilter: () => void,
): void {
  useEffect(() => {
    const handle = () => {
      const request = studio.reveal.get();
      const card = studio.store.getState()?.card;
      if (!request || !card || handled.get(studio) === request.seq) return;
      if (request.kind !== 'partner' && request.kind !== 'section' && request.kind !== 'role')
        return;
      handled.set(studio, request.seq);
      clearFilter();
      if (request.kind === 'partner') {
        const partner = card.directory.partners.find((p) => p.id === request.id);
        if (!partner) return;
        const section = card.directory.sections.find((s) =>
          s.entries.some((e) => e.partner === partner.id),
        );
        const sectionId = section?.id ?? UNLISTED;
        expand(entryKey(sectionId, partner.id));
        const entry = entrySelector(sectionId, partner.id);
        const stale = isStale(partner.lastChecked, new Date());
        focusWhenShown([
          `${entry} .entry-form [aria-invalid="true"]`,
          ...(stale ? [`${entry} [data-field="lastChecked"]`] : []),
          `${entry} [data-field="organisation"]`,
        ]);
      } else if (request.kind === 'section') {
        focusWhenShown([`${sectionSelector(request.id)} .section-edit`]);
      } else {
        expand(`role:${request.id}`);
        focusWhenShown([`${roleSelector(request.id)} [data-field="role-name"]`]);
      }
    };
    handle();
    return studio.reveal.subscribe(handle);
  }, [studio, expand, clearFilter]);
}
