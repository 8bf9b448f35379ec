// The server's catalogue in the studio: every published card, searchable by
// municipality, each with "Aanpassen voor mijn regio". Opened from the card
// list, or by the catalogue page's link (/editor/?aanpassen=WORKSPACE/CARD),
// which goes straight to that card's form, after signing in if need be.
import { useEffect, useId, useRef, useState } from 'react';
import { Dialog } from '../app/Dialog';
import { notify } from '../app/notices';
import { useObservable } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { errorText } from '../sync/error-text';
import type { CatalogueCard } from '../sync/publishing-api';
import { signInOpen } from '../sync/ServerToolbar';
import { formatDateTime } from '../versions/version-texts';
import { AdaptForm } from './AdaptForm';
import { ADAPT_PARAM, catalogueRequest, entryKey } from './catalogue-actions';
import { catalogueTexts as texts } from './follow-texts';
import './region.css';
import { useServerSync } from '../sync/shared-workspace';

/** The catalogue page's link: asks for the dialog once the studio knows who is signed in. */
function useAdaptLink(): void {
  const sync = useServerSync();
  const signedIn = useObservable(sync.signedIn);
  const mode = useObservable(sync.mode);
  const [wanted] = useState(() => new URLSearchParams(location.search).get(ADAPT_PARAM));
  const done = useRef(false);
  useEffect(() => {
    if (!wanted || done.current || mode !== 'server') return;
    if (!signedIn) {
      signInOpen.set(true);
      return;
    }
    done.current = true;
    const url = new URL(location.href);
    url.searchParams.delete(ADAPT_PARAM);
    history.replaceState(history.state, '', url);
    catalogueRequest.set({ adapt: wanted });
  }, [wanted, signedIn, mode]);
}

function Entry({ entry, onAdapt }: { entry: CatalogueCard; onAdapt: () => void }) {
  const t = useT();
  const lang = useLang();
  const headingId = useId();
  const regions = entry.regions.map((r) => r.name).join(', ');
  return (
    <li>
      <article aria-labelledby={headingId} className="catalogue-entry">
        <h3 id={headingId}>
          {entry.title}
          {entry.subtitle && <span className="muted"> – {entry.subtitle}</span>}
        </h3>
        {entry.matched.length > 0 && (
          <p>
            <strong>{t(texts.appliesTo, { names: entry.matched.join(', ') })}</strong>
          </p>
        )}
        <p className="muted">
          {[
            regions,
            t(texts.by, { name: entry.workspace.name }),
            t(texts.version, {
              version: entry.version,
              date: formatDateTime(entry.publishedAt, lang),
            }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <div className="catalogue-actions">
          <a href={entry.url} target="_blank" rel="noopener noreferrer">
            {t(texts.view)}
          </a>
          <button type="button" className="primary" onClick={onAdapt}>
            {t(texts.adapt)}
          </button>
        </div>
      </article>
    </li>
  );
}

export function CatalogueDialog() {
  const sync = useServerSync();
  const t = useT();
  const request = useObservable(catalogueRequest);
  const [query, setQuery] = useState('');
  const [asked, setAsked] = useState('');
  const [found, setFound] = useState<{ query: string; cards: CatalogueCard[] } | null>(null);
  const [failed, setFailed] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const searchId = useId();
  useAdaptLink();

  useEffect(() => {
    if (!request) return;
    let live = true;
    sync.publishing.api.catalogue(asked).then(
      (cards) => live && setFound({ query: asked, cards }),
      (error: unknown) => live && setFailed(errorText(error)),
    );
    return () => {
      live = false;
    };
  }, [request, asked, sync]);

  const close = () => {
    catalogueRequest.set(null);
    setChosen(null);
    setFound(null);
    setFailed('');
  };
  const back = () => {
    setChosen('');
    catalogueRequest.set({});
  };
  const adapting = chosen ?? request?.adapt ?? null;
  const entry = found?.cards.find((c) => entryKey(c) === adapting);

  return (
    <Dialog
      open={request !== null}
      wide
      title={entry ? t(texts.adaptOf, { title: entry.title }) : t(texts.title)}
      onClose={close}
      actions={
        entry ? (
          <>
            <button type="button" onClick={back}>
              {t(texts.back)}
            </button>
            <button type="submit" form={formId} className="primary" disabled={busy}>
              {t(texts.make)}
            </button>
          </>
        ) : (
          <button type="button" onClick={close}>
            {t(texts.close)}
          </button>
        )
      }
    >
      {entry ? (
        <AdaptForm
          entry={entry}
          formId={formId}
          onBusy={setBusy}
          onMade={(text) => {
            notify(text);
            close();
          }}
        />
      ) : (
        <div className="catalogue">
          <p>{t(texts.intro)}</p>
          <form
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              setAsked(query.trim());
            }}
          >
            <label htmlFor={searchId}>{t(texts.search)}</label>
            <div className="catalogue-search">
              <input
                id={searchId}
                type="search"
                value={query}
                placeholder={t(texts.searchHint)}
                onChange={(e) => setQuery(e.target.value)}
              />
              <button type="submit">{t(texts.searchButton)}</button>
            </div>
          </form>
          {failed && <p role="alert">{failed}</p>}
          {!found ? (
            !failed && <p className="muted">{t(texts.loading)}</p>
          ) : found.cards.length === 0 ? (
            <p>{t(texts.none)}</p>
          ) : (
            <ul className="catalogue-list" aria-label={t(texts.title)}>
              {found.cards.map((c) => (
                <Entry key={entryKey(c)} entry={c} onAdapt={() => setChosen(entryKey(c))} />
              ))}
            </ul>
          )}
        </div>
      )}
    </Dialog>
  );
}
