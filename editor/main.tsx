import { createRoot } from 'react-dom/client';

function Placeholder() {
  return (
    <main>
      <h1>Kindreflex Studio</h1>
      <p>De studio is in opbouw. Bekijk intussen de kaart in de viewer.</p>
      <p>
        <a href="../viewer/">Naar de viewer</a>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Placeholder />);
