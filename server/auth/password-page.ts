// The page behind the one-time link: choose a password, twice. Plain HTML, no
// script, so it works before the studio is built and leaks the token nowhere
// (no-referrer).
import { html } from 'hono/html';
import { MIN_PASSWORD_LENGTH } from './passwords';

const problems = {
  mismatch: 'De twee wachtwoorden zijn niet gelijk.',
  'weak-password': `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`,
  'bad-token': 'Deze link is ongeldig, al gebruikt of verlopen. Vraag je beheerder om een nieuwe.',
};

export function passwordPage(state: {
  token: string;
  problem?: keyof typeof problems;
  done?: boolean;
}) {
  const body = state.done
    ? html`<p role="status">
        Je wachtwoord is bewaard. <a href="/editor/">Meld je aan in de studio</a>.
      </p>`
    : html`${state.problem ? html`<p role="alert">${problems[state.problem]}</p>` : ''}
        <form method="post" action="/wachtwoord">
          <input type="hidden" name="token" value="${state.token}" />
          <label
            >Nieuw wachtwoord (minstens ${MIN_PASSWORD_LENGTH} tekens)
            <input
              type="password"
              name="password"
              autocomplete="new-password"
              minlength="${MIN_PASSWORD_LENGTH}"
              required
          /></label>
          <label
            >Herhaal het wachtwoord
            <input type="password" name="repeat" autocomplete="new-password" required
          /></label>
          <button type="submit">Wachtwoord bewaren</button>
        </form>`;
  return html`<!doctype html>
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>Wachtwoord kiezen · Kindreflex Studio</title>
        <style>
          body {
            font:
              16px/1.5 system-ui,
              sans-serif;
            max-width: 28rem;
            margin: 3rem auto;
            padding: 0 1rem;
          }
          label {
            display: block;
            margin: 1rem 0;
          }
          input[type='password'] {
            display: block;
            width: 100%;
            padding: 0.5rem;
            font: inherit;
          }
          button {
            padding: 0.5rem 1rem;
            font: inherit;
          }
          [role='alert'] {
            color: #a40000;
          }
        </style>
      </head>
      <body>
        <h1>Wachtwoord kiezen</h1>
        ${body}
      </body>
    </html>`;
}
