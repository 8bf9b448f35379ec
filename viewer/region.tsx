/** @jsxImportSource preact */
// The reader's region, for cards with several: chosen from a list or found by
// municipality, and remembered on this device. It is the only thing the
// viewer stores, and it says nothing about a person.
import { Component } from 'preact';
import { regionsForMunicipality } from '../schema/roles';
import type { Card } from '../schema/types';
import { tr } from './i18n';

const storageKey = (card: Card) => `kindreflex-regio:${card.id}`;

/** The stored region if it is still on the card; the only region of a one-region card. */
export function initialRegion(card: Card): string | undefined {
  if (card.regions.length === 1) return card.regions[0]!.id;
  try {
    const stored = localStorage.getItem(storageKey(card));
    return card.regions.some((r) => r.id === stored) ? (stored ?? undefined) : undefined;
  } catch {
    return undefined; // storage blocked (private mode, sandboxed iframe): just do not remember
  }
}

export function rememberRegion(card: Card, region: string): void {
  try {
    localStorage.setItem(storageKey(card), region);
  } catch {
    // see initialRegion
  }
}

interface PickerProps {
  card: Card;
  region: string | undefined;
  onChange: (id: string) => void;
}

export class RegionPicker extends Component<PickerProps, { query: string }> {
  override state = { query: '' };

  override render({ card, region, onChange }: PickerProps, { query }: { query: string }) {
    const setQuery = (value: string) => this.setState({ query: value });
    const found = query.trim() ? regionsForMunicipality(card, query) : [];
    return (
      <div class="region">
        <label for="regio">{tr('Regio')}</label>
        <select id="regio" value={region ?? ''} onChange={(e) => onChange(e.currentTarget.value)}>
          {!region && <option value="">{tr('Kies je regio')}</option>}
          {card.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <label>
          {tr('Zoek je gemeente')}
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <div role="status" class="found-regions">
          {query.trim() && !found.length && tr('Geen regio voor deze gemeente.')}
          {found.slice(0, 3).map((r) => (
            <button
              key={r.id}
              type="button"
              onClick={() => {
                onChange(r.id);
                setQuery('');
              }}
            >
              {r.name}
            </button>
          ))}
        </div>
      </div>
    );
  }
}
