// Placeholder until the directory editor lands: shows the partners, read-only.
import { useCard } from '../app/studio-context';

export function DirectoryEditor() {
  const card = useCard();
  if (!card) return null;
  return (
    <section className="directory-editor">
      <ul>
        {card.directory.partners.map((p) => (
          <li key={p.id}>{p.organisation}</li>
        ))}
      </ul>
    </section>
  );
}
