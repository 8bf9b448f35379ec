// Where the shared server publishes a card: the stable address of the latest
// release (what a website links to or embeds), the address of this release
// forever, and the release as data (card.json); each with a copy button, and
// the embed snippet that uses the latest address.
import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/i18n';
import type { ReleaseLink } from '../sync/publishing-api';
import { copyText, embedSnippet } from './embed';
import { addressTexts as texts } from './publish-texts';
import './publish.css';

/** A copy button that says "Gekopieerd" for a moment; the section announces the result. */
function CopyButton({
  text,
  what,
  onResult,
}: {
  text: string;
  what: string;
  onResult: (copied: boolean) => void;
}) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    const ok = await copyText(text);
    setCopied(ok);
    onResult(ok);
  };
  return (
    <button type="button" aria-label={t(texts.copyWhat, { what })} onClick={() => void copy()}>
      {copied ? t(texts.copied) : t(texts.copy)}
    </button>
  );
}

export function PublishedAddresses({ links, subtitle }: { links: ReleaseLink; subtitle: string }) {
  const t = useT();
  const headingId = useId();
  const snippetId = useId();
  const snippet = embedSnippet(links.url, subtitle);
  const [said, setSaid] = useState('');
  const result = (what: string) => (copied: boolean) =>
    setSaid(copied ? t(texts.copiedWhat, { what }) : t(texts.notCopied));
  const rows = [
    { what: t(texts.latest), hint: t(texts.latestHint), url: links.url, id: 'latest' },
    {
      what: t(texts.pinned, { version: links.version }),
      hint: t(texts.pinnedHint),
      url: links.versionUrl,
      id: 'version',
    },
    { what: t(texts.data), hint: t(texts.dataHint), url: links.cardUrl, id: 'data' },
  ];
  return (
    <section className="published-addresses" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(texts.heading)}</h3>
      <dl>
        {rows.map((row) => (
          <div key={row.id} className="address-row" data-testid={`address-${row.id}`}>
            <dt>{row.what}</dt>
            <dd>
              <a href={row.url} target="_blank" rel="noopener noreferrer">
                <code>{row.url}</code>
              </a>{' '}
              <CopyButton text={row.url} what={row.what} onResult={result(row.what)} />
              <span className="muted address-hint">{row.hint}</span>
            </dd>
          </div>
        ))}
      </dl>
      <label htmlFor={snippetId}>{t(texts.embed)}</label>
      <div className="embed-snippet">
        <textarea
          id={snippetId}
          readOnly
          rows={3}
          value={snippet}
          aria-describedby={`${snippetId}-hint`}
          onFocus={(e) => e.target.select()}
        />
        <CopyButton text={snippet} what={t(texts.embed)} onResult={result(t(texts.embed))} />
      </div>
      <p id={`${snippetId}-hint`} className="muted">
        {t(texts.embedHint)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
