// A small actions menu on <details>: opens with Enter/Space or a click, closes
// when an item is chosen, on Escape (focus back on the button) and on a click
// elsewhere, so only one menu is ever open.
import { useEffect, useRef, type ReactNode } from 'react';

interface MenuProps {
  label: string;
  children: ReactNode;
  symbol?: string;
}

export function Menu({ label, children, symbol = '⋯' }: MenuProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('focusin', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('focusin', close);
    };
  }, []);
  const closeMenu = (focusSummary: boolean) => {
    const details = ref.current;
    if (!details) return;
    details.open = false;
    if (focusSummary) details.querySelector('summary')?.focus();
  };
  return (
    <details
      ref={ref}
      className="menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          closeMenu(true);
        }
      }}
    >
      <summary aria-label={label} title={label}>
        {symbol}
      </summary>
      <div
        className="menu-items"
        onClick={(e) => (e.target as HTMLElement).closest('button') && closeMenu(false)}
      >
        {children}
      </div>
    </details>
  );
}
