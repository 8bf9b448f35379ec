// The words the card list uses for a card that needs repair: apart from repair
// mode's own (repair-texts.ts), which load with repair mode, not with the list.
import { msg } from '../i18n/i18n';

export const brokenCardTexts = msg({
  untitled: { nl: '(kaart zonder titel)', en: '(card without a title)' },
  badge: { nl: 'kan niet geopend worden', en: 'cannot be opened' },
});
