/** @jsxImportSource preact */
// The partner directory: sections in the card's order, each entry with its
// way in, numbers and links, searchable and filterable; then the background
// resources. The same sections print on page two.
import { useState } from 'preact/hooks';
import { isStale } from '../../schema/checks/directory';
import { safeHref } from '../../schema/links';
import type { Card } from '../../schema/types';
import { Link, PartnerCard } from '../contacts';
import { formatDate, t } from '../i18n';
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
                  {wayIn && <span class="badge">{t.wayIn[wayIn]}</span>}
                  {note && <p class="note">{note}</p>}
                  {partner.lastChecked && (
                    <p class="checked">
                      {t.checked} {formatDate(partner.lastChecked)}
                      {isStale(partner.lastChecked, now) && ` (${t.stale})`}
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
      <h3>{t.resources}</h3>
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

export function DirectoryView({ card, region }: { card: Card; region: string | undefined }) {
  const [filter, setFilter] = useState<DirectoryFilter>(NO_FILTER);
  const set = (change: Partial<DirectoryFilter>) => setFilter((f) => ({ ...f, ...change }));
  const count = new Set(
    card.directory.sections.flatMap((s) =>
      sectionEntries(card, s, filter, region).map((e) => e.partner.id),
    ),
  ).size;
  return (
    <div class="directory">
      <h2>{card.directory.title ?? t.views.adressen}</h2>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.search}
          <input
            type="search"
            value={filter.query}
            onInput={(e) => set({ query: e.currentTarget.value })}
          />
        </label>
        <label>
          {t.audience}
          <select
            value={filter.audience}
            onChange={(e) => set({ audience: e.currentTarget.value as AudienceFilter })}
          >
            <option value="">{t.everyone}</option>
            <option value="ouders">{t.parents}</option>
            <option value="professionals">{t.professionals}</option>
          </select>
        </label>
        <label>
          {t.age}
          <select value={filter.age} onChange={(e) => set({ age: e.currentTarget.value })}>
            <option value="">{t.anyAge}</option>
            <option value="zwanger">{t.pregnancy}</option>
            {AGES.map((a) => (
              <option key={a} value={a}>
                {a} {t.years}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p role="status" class="found">
        {count} {t.found}
      </p>
      <DirectorySections card={card} region={region} filter={filter} />
      <Resources card={card} />
    </div>
  );
}
