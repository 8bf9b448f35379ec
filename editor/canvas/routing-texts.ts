// The words of the arrow features: inserting a step into an arrow, laying the
// arrows again, the minimap switch.
import { msg } from '../i18n/i18n';

export const routingTexts = msg({
  insert: { nl: 'Stap invoegen in deze pijl', en: 'Insert a step into this arrow' },
  newStep: { nl: 'Nieuwe stap', en: 'New step' },
  reroute: { nl: 'Pijlen opnieuw leggen', en: 'Re-route arrows' },
  rerouteHint: {
    nl: 'Alle pijlen rond de vakken leggen, met de labels op een vrije plaats (één stap, ongedaan te maken)',
    en: 'Route every arrow around the boxes, labels in a free place (one step, undoable)',
  },
  minimap: { nl: 'Overzichtskaart', en: 'Minimap' },
});
