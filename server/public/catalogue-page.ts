// The catalogue at /k/, rendered on the server: plain HTML that works without
// JavaScript (the search is a GET form), with landmarks, a labelled search
// field and one heading per card, so that a screen reader user can jump from
// card to card. No script, no cookies, nothing from another site.
import { html } from 'hono/html';
import type { CatalogueMatch } from './catalogue';

const date = new Intl.DateTimeFormat('nl-BE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Brussels',
});

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function card(entry: CatalogueMatch, index: number) {
  const municipalities = entry.regions.flatMap((r) => r.municipalities);
  const regionNames = entry.regions.map((r) => r.name).join(', ');
  return html`<li>
    <article class="kaart" aria-labelledby="kaart-${index}">
      <h3 id="kaart-${index}">
        <a href="${entry.path}"
          >${entry.title}${entry.subtitle ? html` <span>${entry.subtitle}</span>` : ''}</a
        >
      </h3>
      ${
        entry.matched.length
          ? html`<p class="geldt">Geldt voor <strong>${entry.matched.join(', ')}</strong></p>`
          : ''
      }
      <dl>
        ${
          regionNames
            ? html`<dt>Regio</dt>
                <dd>${regionNames}</dd>`
            : ''
        }
        <dt>Versie</dt>
        <dd>
          ${entry.version}, gepubliceerd op
          <time datetime="${entry.publishedAt}">${date.format(new Date(entry.publishedAt))}</time>
        </dd>
        <dt>Uitgegeven door</dt>
        <dd>${entry.workspace.name}</dd>
      </dl>
      <p class="aanpassen">
        <a href="/editor/?aanpassen=${entry.workspace.slug}/${entry.address}"
          >Aanpassen voor mijn regio</a
        >
        <span>(in de studio, voor coördinatoren)</span>
      </p>
      ${
        municipalities.length
          ? html`<details>
              <summary>${plural(municipalities.length, 'gemeente', 'gemeenten')}</summary>
              <p>${municipalities.join(', ')}</p>
            </details>`
          : ''
      }
    </article>
  </li>`;
}

function heading(query: string, found: number, total: number) {
  if (total === 0) return 'Er zijn nog geen kaarten gepubliceerd op deze server.';
  if (!query) return `Alle kaarten (${total})`;
  if (found === 0) return `Geen kaart gevonden voor ‘${query}’`;
  return `Voor ‘${query}’: ${plural(found, 'kaart', 'kaarten')}`;
}

export function cataloguePage(input: { query: string; matches: CatalogueMatch[]; total: number }) {
  const { query, matches, total } = input;
  const title = query ? `${query} – Kindreflex-kaarten` : 'Kindreflex-kaarten';
  return html`<!doctype html>
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta
          name="description"
          content="Welke Kindreflex-kaart geldt voor jouw gemeente? Alle kaarten die op deze server gepubliceerd zijn."
        />
        <title>${title}</title>
        <link rel="stylesheet" href="/k/catalogus.css" />
      </head>
      <body>
        <a class="skip" href="#resultaten">Naar de kaarten</a>
        <header>
          <div class="wrap">
            <p class="merk">Kindreflex</p>
            <h1>Welke kaart geldt voor jouw gemeente?</h1>
            <p>
              Kindreflex helpt professionals om de kinderen van hun cliënten in beeld te houden.
              Elke regio publiceert haar eigen steekkaart met haar partners en hun nummers.
            </p>
          </div>
        </header>
        <main>
          <div class="wrap">
            <form method="get" action="/k/" role="search" aria-label="Kaarten zoeken">
              <label for="gemeente">Gemeente</label>
              <div class="veld">
                <input
                  id="gemeente"
                  name="gemeente"
                  type="search"
                  value="${query}"
                  autocomplete="address-level2"
                  aria-describedby="gemeente-uitleg"
                />
                <button type="submit">Zoeken</button>
              </div>
              <p id="gemeente-uitleg" class="uitleg">
                Bijvoorbeeld Ronse. Ook deelgemeenten en namen van voor een fusie worden gevonden.
              </p>
            </form>
            <section id="resultaten" aria-labelledby="resultaten-titel" tabindex="-1">
              <h2 id="resultaten-titel">${heading(query, matches.length, total)}</h2>
              ${
                query && matches.length === 0 && total > 0
                  ? html`<p>
                      Probeer de naam van je hoofdgemeente, of bekijk
                      <a href="/k/">alle kaarten</a>.
                    </p>`
                  : ''
              }
              ${
                matches.length
                  ? html`<ul class="kaarten">
                      ${matches.map((m, i) => card(m, i + 1))}
                    </ul>`
                  : ''
              }
            </section>
          </div>
        </main>
        <footer>
          <div class="wrap">
            <p>
              Deze pagina gebruikt geen cookies en volgt niemand. Voor programma’s staat dezelfde
              lijst als JSON op <a href="/api/catalogue">/api/catalogue</a>.
            </p>
          </div>
        </footer>
      </body>
    </html>`;
}
