/** @jsxImportSource preact */
// The partner directory: sections in the card's order, each entry with its
// way in, numbers and links, searchable and filterable; then the background
// resources. The same sections print on page two.
import { Component } from 'preact';
import { isStale } from '../../schema/checks/directory';
import { safeHref } from '../../schema/links';
import type { Card } from '../../schema/types';
import { Link, PartnerCard } from '../contacts';
import { formatDate, tr, WAY_IN_NAMES } from '../i18n';
import { NO_FILTER, sectionEntries, type AudienceFilter, type DirectoryFilter } from './filter';

const AGES = Array.from({ length: 19 }, (_, i) => String(i));

export function DirectorySections(props: {
  card: Card;
  region: string | undefined;
  filter?: DirectoryFilter;
}) {
  const { card, region, filter = NO_FILTER } = props;
  const now = new Date();
  return (
    <>
      {card.directory.sections.map((section) => {
        const entries = sectionEntries(card, section, filter, region);
        if (!entries.length) return null;
        return (
          <section key={section.id} class="dir-section">
            <h3>{section.title}</h3>
            {section.description && <p class="desc">{section.description}</p>}
            <ul class="entries">
              {entries.map(({ partner, wayIn, note }) => (
                <li key={partner.id}>
                  <PartnerCard partner={partner} />
                  {wayIn && <span class="badge">{tr(WAY_IN_NAMES[wayIn])}</span>}
                  {note && <p class="note">{note}</p>}
                  {partner.lastChecked && (
                    <p class="checked">
                      {tr('Gecontroleerd op')} {formatDate(partner.lastChecked)}
                      {isStale(partner.lastChecked, now) && ` (${tr('meer dan een jaar geleden')})`}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export function Resources({ card }: { card: Card }) {
  const resources = card.resources ?? [];
  if (!resources.length) return null;
  return (
    <section class="dir-section resources">
      <h3>{tr('Achtergrondinformatie')}</h3>
      <ul class="entries">
        {resources.map((r) => (
          <li key={r.id}>
            <Link href={safeHref(r.url)}>{r.title}</Link>
            {r.description && <p>{r.description}</p>}
            {r.links?.map((l) => (
              <div key={l.url}>
                <Link href={safeHref(l.url)}>{l.label}</Link>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface ViewProps {
  card: Card;
  region: string | undefined;
}

export class DirectoryView extends Component<ViewProps, DirectoryFilter> {
  override state = NO_FILTER;

  override render({ card, region }: ViewProps, filter: DirectoryFilter) {
    const set = (change: Partial<DirectoryFilter>) => this.setState(change);
    const count = new Set(
      card.directory.sections.flatMap((s) =>
        sectionEntries(card, s, filter, region).map((e) => e.partner.id),
      ),
    ).size;
    return (
      <div class="directory">
        <h2>{card.directory.title ?? tr('Adressen')}</h2>
        <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <label>
            {tr('Zoek op naam, dienst, gemeente of rol')}
            <input
              type="search"
              value={filter.query}
              onInput={(e) => set({ query: e.currentTarget.value })}
            />
          </label>
          <label>
            {tr('Voor wie')}
            <select
              value={filter.audience}
              onChange={(e) => set({ audience: e.currentTarget.value as AudienceFilter })}
            >
              <option value="">{tr('Iedereen')}</option>
              <option value="ouders">{tr('Ouders')}</option>
              <option value="professionals">{tr('Professionals')}</option>
            </select>
          </label>
          <label>
            {tr('Leeftijd van het kind')}
            <select value={filter.age} onChange={(e) => set({ age: e.currentTarget.value })}>
              <option value="">{tr('Alle leeftijden')}</option>
              <option value="zwanger">{tr('Zwangerschap')}</option>
              {AGES.map((a) => (
                <option key={a} value={a}>
                  {a} {tr('jaar')}
                </option>
              ))}
            </select>
          </label>
        </form>
        <p role="status" class="found">
          {count} {tr('gevonden')}
        </p>
        <DirectorySections card={card} region={region} filter={filter} />
        <Resources card={card} />
      </div>
    );
  }
}
