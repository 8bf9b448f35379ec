// Publishing a card: refused while it has errors (listed, each leading to
// its place); warnings listed and accepted explicitly; a version number
// suggested; the changes since the previous release shown; then the new
// release's downloads and, on the shared server, its stable addresses. What
// is published and where is the Publisher's (publisher.ts).
import { useEffect, useId, useMemo, useState } from 'react';
import { formatProblem, type Problem } from '../../schema/problems';
import { publishCheck, releaseChanges, versionRefusal } from '../../schema/release';
import { Dialog } from '../app/Dialog';
import { useLang, useT } from '../i18n/i18n';
import { PublishedAddresses } from './PublishedAddresses';
import type { PublishedRelease, Publisher } from './publisher';
import { publishTexts as texts } from './publish-texts';
import { ReleaseDownloads } from './ReleaseDownloads';
import { parseCardOrigins } from '../../viewer/publish/site';
import { reviewTexts } from './review-texts';

function ProblemList({ problems, testId }: { problems: Problem[]; testId: string }) {
  const lang = useLang();
  return (
    <ul className="publish-problems" data-testid={testId}>
      {problems.map((p, i) => (
        <li key={i}>{formatProblem(p, lang)}</li>
      ))}
    </ul>
  );
}

interface PublishDialogProps {
  open: boolean;
  onClose: () => void;
  publisher: Publisher;
}

export function PublishDialog({ open, onClose, publisher }: PublishDialogProps) {
  const t = useT();
  const card = publisher.content;
  const { latest, usedVersions } = publisher;
  const [version, setVersion] = useState('');
  const [notes, setNotes] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<PublishedRelease | null>(null);
  const [refusal, setRefusal] = useState('');
  const [originsText, setOriginsText] = useState('');
  const ids = { version: useId(), notes: useId(), accept: useId(), origins: useId() };
  const origins = parseCardOrigins(originsText);

  // The panel mounts the dialog afresh for every opening (its key), so the
  // form starts empty; only the suggested version number has to be fetched.
  // (The publishers keep `suggest` stable while the numbers used stay the same.)
  const { suggest } = publisher;
  useEffect(() => {
    if (open) void suggest().then(setVersion);
  }, [open, suggest]);

  const check = useMemo(() => (card && open ? publishCheck(card) : null), [card, open]);
  const changes = useMemo(
    () => (card && open && latest ? releaseChanges(latest.card, card) : []),
    [card, open, latest],
  );
  const versionProblem = versionRefusal(version, usedVersions);
  const blocked =
    busy ||
    !check ||
    check.errors.length > 0 ||
    (check.warnings.length > 0 && !accepted) ||
    versionProblem !== null ||
    origins.invalid.length > 0;

  const publish = async () => {
    setBusy(true);
    setRefusal('');
    try {
      const outcome = await publisher.publish({
        version,
        notes,
        acceptWarnings: accepted,
        cardOrigins: origins.origins,
      });
      if (outcome?.ok) setDone(outcome.release);
      else if (outcome) setRefusal(outcome.message);
    } finally {
      setBusy(false);
    }
  };

  const actions = done ? (
    <button type="button" onClick={onClose}>
      {t(texts.close)}
    </button>
  ) : (
    <>
      <button type="button" onClick={onClose}>
        {t(texts.cancel)}
      </button>
      <button type="button" className="primary" disabled={blocked} onClick={() => void publish()}>
        {t(texts.confirm)}
      </button>
    </>
  );

  return (
    <Dialog open={open} title={t(texts.title)} onClose={onClose} actions={actions} wide>
      {done ? (
        <PublishedView release={done} />
      ) : !card || !check ? (
        <p className="muted">{t(reviewTexts.loading)}</p>
      ) : (
        <div className="publish-form">
          <p>{t(texts.intro)}</p>
          {publisher.note && <p data-testid="publish-note">{publisher.note}</p>}
          {check.errors.length > 0 && (
            <div className="publish-errors" role="alert">
              <p>
                <strong>{t(texts.errorsTitle, { n: check.errors.length })}</strong>
              </p>
              <ProblemList problems={check.errors} testId="publish-errors" />
            </div>
          )}
          <label htmlFor={ids.version}>{t(texts.version)}</label>
          <input
            id={ids.version}
            value={version}
            aria-describedby={`${ids.version}-hint`}
            aria-invalid={versionProblem !== null}
            onChange={(e) => setVersion(e.target.value)}
          />
          <p id={`${ids.version}-hint`} className="muted">
            {versionProblem ? t(versionProblem) : t(texts.versionHint)}
          </p>
          <label htmlFor={ids.notes}>{t(texts.notes)}</label>
          <textarea
            id={ids.notes}
            rows={3}
            maxLength={5000}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
          <label htmlFor={ids.origins}>{t(texts.origins)}</label>
          <input
            id={ids.origins}
            value={originsText}
            placeholder="https://www.regio.be"
            aria-describedby={`${ids.origins}-hint`}
            aria-invalid={origins.invalid.length > 0}
            onChange={(e) => setOriginsText(e.target.value)}
          />
          <p id={`${ids.origins}-hint`} className="muted">
            {origins.invalid.length > 0
              ? t(texts.originsInvalid, { list: origins.invalid.join(', ') })
              : t(texts.originsHint)}
          </p>
          <ChangesSince latest={latest} changes={changes} />
          {check.warnings.length > 0 && (
            <div className="publish-warnings">
              <p>
                <strong>{t(texts.warningsTitle, { n: check.warnings.length })}</strong>
              </p>
              <ProblemList problems={check.warnings} testId="publish-warnings" />
              <label className="checkbox" htmlFor={ids.accept}>
                <input
                  id={ids.accept}
                  type="checkbox"
                  checked={accepted}
                  onChange={(e) => setAccepted(e.target.checked)}
                />
                {t(texts.acceptWarnings)}
              </label>
            </div>
          )}
          {refusal && <p role="alert">{refusal}</p>}
        </div>
      )}
    </Dialog>
  );
}

function ChangesSince({ latest, changes }: { latest: Publisher['latest']; changes: string[] }) {
  const t = useT();
  if (!latest) return <p className="muted">{t(texts.firstRelease)}</p>;
  return (
    <details className="publish-changes" open={changes.length <= 8}>
      <summary>
        {t(texts.changesSince, { version: latest.version })}: {changes.length}
      </summary>
      <ul>
        {changes.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ul>
    </details>
  );
}

function PublishedView({ release }: { release: PublishedRelease }) {
  const t = useT();
  return (
    <div className="publish-done">
      <p role="status">
        <strong>{t(texts.published, { version: release.version })}</strong>
      </p>
      {release.links && (
        <PublishedAddresses links={release.links} subtitle={release.card.subtitle ?? ''} />
      )}
      <ReleaseDownloads
        version={release.version}
        load={() => Promise.resolve(release.card)}
        origins={release.cardOrigins}
        card={release.card}
      />
    </div>
  );
}
