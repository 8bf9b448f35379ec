// Parts of the studio that are loaded when first used, not with the canvas and
// the first card: the directory editor, versions, compare, publishing, CSV,
// the regional version dialog, export. While one loads, a line says so; if it
// cannot be loaded (offline before it was ever used), the user is told what to
// do instead of seeing an empty panel.
import {
  Component,
  createElement,
  lazy,
  Suspense,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { msg, useT } from '../i18n/i18n';

const texts = msg({
  loading: { nl: 'Even geduld: dit onderdeel wordt geladen…', en: 'One moment: loading…' },
  failed: {
    nl: 'Dit onderdeel kon niet geladen worden. Controleer de verbinding en herlaad de pagina; je kaart is bewaard.',
    en: 'This part could not be loaded. Check the connection and reload the page; your card is saved.',
  },
});

function Loading() {
  const t = useT();
  return (
    <p className="on-first-use" role="status">
      {t(texts.loading)}
    </p>
  );
}

function Failed() {
  const t = useT();
  return (
    <p className="on-first-use" role="alert">
      {t(texts.failed)}
    </p>
  );
}

class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <Failed /> : this.props.children;
  }
}

/**
 * Shows `children`, parts of which may still be loading. `quiet`: nothing while
 * they load (a toolbar button or a banner that appears, rather than a line saying so).
 */
export function OnFirstUse({ children, quiet = false }: { children: ReactNode; quiet?: boolean }) {
  return (
    <LoadFailure>
      <Suspense fallback={quiet ? null : <Loading />}>{children}</Suspense>
    </LoadFailure>
  );
}

const parts: (() => Promise<unknown>)[] = [];

/**
 * A component from a module loaded on first render: `lazyNamed(() => import('./X'), 'X')`.
 * `preload`: also loaded soon after start (preloadParts), for what editing needs offline.
 * Once its module is there, a part renders it directly: through React.lazy it would
 * still suspend on its first render, and React holds back what a Suspense boundary
 * reveals after a fallback by up to 300 ms (a click on a node took 400 ms to show the
 * inspector at 1,000 nodes). Each mounted part keeps the way it started, so a part
 * shown while loading is not mounted again (its fields and focus kept) when it arrives.
 */
export function lazyNamed<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
  { preload = false } = {},
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  const take = async () => (loaded ??= (await load())[name]);
  if (preload) parts.push(take);
  const Lazy = lazy(async () => ({ default: await take() }));
  function Part(props: P) {
    const [ready] = useState(() => loaded);
    return ready ? createElement(ready, props) : createElement(Lazy, props);
  }
  Part.displayName = `OnFirstUse(${name})`;
  return Part;
}

/**
 * Loads the parts marked `preload` once the studio has started and the page is
 * idle, one at a time: the first load stays small, and a user who then loses the
 * connection (the shared workspace keeps working offline) can still edit in the
 * inspector. A part that fails now is tried again on use. The directory, versions
 * and help are not preloaded: loading them in the background disturbed the canvas
 * under the pointer in the browser tests (not yet understood), so offline they need
 * a first visit.
 */
export function preloadParts(): void {
  const idle = (run: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 200);
  const next = (i: number) => {
    const load = parts[i];
    if (load)
      idle(
        () =>
          void load().then(
            () => next(i + 1),
            () => next(i + 1),
          ),
      );
  };
  next(0);
}
