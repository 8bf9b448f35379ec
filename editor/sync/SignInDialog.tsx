// Signing in to the shared server: e-mail and password, or the organisation's
// own identity provider when the server has one ("Aanmelden met …").
import { useId, useState } from 'react';
import { Dialog } from '../app/Dialog';
import { useObservable } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { ApiError, OfflineError } from './api-client';
import { syncTexts as texts } from './sync-texts';
import { useServerSync } from './shared-workspace';

export function SignInDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const sync = useServerSync();
  const t = useT();
  const lang = useLang();
  const auth = useObservable(sync.auth);
  const remembered = useObservable(sync.account)?.account.email ?? '';
  const [email, setEmail] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const address = email ?? remembered;

  const submit = async () => {
    setBusy(true);
    setError('');
    try {
      await sync.signIn(address.trim(), password);
      setPassword('');
      onClose();
    } catch (e) {
      setError(
        e instanceof ApiError
          ? e.text[lang]
          : e instanceof OfflineError
            ? t(texts.offline)
            : String(e),
      );
    } finally {
      setBusy(false);
    }
  };

  const back = `${location.pathname}${location.search}`;
  return (
    <Dialog
      open={open}
      title={t(texts.signInTitle)}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t(texts.cancel)}
          </button>
          <button type="submit" form={`${id}-form`} className="primary" disabled={busy}>
            {busy ? t(texts.signingIn) : t(texts.signIn)}
          </button>
        </>
      }
    >
      <p>{t(texts.signInIntro)}</p>
      <form
        id={`${id}-form`}
        className="sign-in-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={`${id}-email`}>{t(texts.email)}</label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          required
          autoFocus
          value={address}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor={`${id}-password`}>{t(texts.password)}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {auth?.oidc && (
        <p className="sign-in-oidc">
          <span className="muted">{t(texts.or)}</span>{' '}
          <a className="button-link" href={`${auth.oidc.start}?terug=${encodeURIComponent(back)}`}>
            {t(texts.signInWith, { label: auth.oidc.label })}
          </a>
        </p>
      )}
    </Dialog>
  );
}
