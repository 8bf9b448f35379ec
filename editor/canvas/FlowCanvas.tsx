// Placeholder until the React Flow canvas lands: lists the nodes so the card is visible.
import { useCard } from '../app/studio-context';

export function FlowCanvas() {
  const card = useCard();
  if (!card) return null;
  return (
    <section className="flow-canvas" aria-label="Stroomschema">
      <ol>
        {card.flow.nodes.map((n) => (
          <li key={n.id}>{n.title ?? n.text ?? n.id}</li>
        ))}
      </ol>
    </section>
  );
}
