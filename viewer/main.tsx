/** @jsxImportSource preact */
import { render } from 'preact';
import { loadCard } from '../schema/load/load-card';

function Message({ text }: { text: string }) {
  return (
    <main>
      <h1>Kindreflex-kaart</h1>
      <p>{text}</p>
    </main>
  );
}

const app = document.getElementById('app')!;
fetch('./card.json')
  .then((r) => r.text())
  .then((text) => {
    const result = loadCard(text);
    render(
      <Message
        text={
          result.ok
            ? `${result.card.title} ${result.card.subtitle ?? ''}`
            : result.problems[0]!.message.nl
        }
      />,
      app,
    );
  })
  .catch(() => render(<Message text="De kaart kon niet geladen worden." />, app));
