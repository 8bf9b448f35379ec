// What each partner field is called in a sentence ("telefoonnummers"): the
// names alone, for the studio's command labels and the places of problems,
// which need no formatting of values (partner-fields.ts pairs each name with
// how its value is shown; the diffs use that).
import type { LocalizedText } from '../problems';

export const WAY_IN_NAME: LocalizedText = { nl: 'toegangsweg', en: 'way in' };
export const NOTE_NAME: LocalizedText = { nl: 'opmerking', en: 'note' };

export const PARTNER_FIELD_NAMES = {
  organisation: { nl: 'organisatie', en: 'organisation' },
  service: { nl: 'dienst', en: 'service' },
  audience: { nl: 'doelgroep', en: 'audience' },
  wayIn: WAY_IN_NAME,
  phones: { nl: 'telefoonnummers', en: 'phone numbers' },
  email: { nl: 'e-mailadres', en: 'e-mail address' },
  website: { nl: 'website', en: 'website' },
  ageRange: { nl: 'leeftijd', en: 'age' },
  municipalities: { nl: 'gemeenten', en: 'municipalities' },
  roles: { nl: 'rollen', en: 'roles' },
  regions: { nl: "regio's", en: 'regions' },
  lastChecked: { nl: 'datum van laatste controle', en: 'date last checked' },
  socialeKaart: { nl: 'link naar De Sociale Kaart', en: 'Sociale Kaart link' },
  kbo: { nl: 'KBO-nummer', en: 'company number' },
  note: NOTE_NAME,
} satisfies Record<string, LocalizedText>;

export type PartnerFieldName = keyof typeof PARTNER_FIELD_NAMES;

/** A partner field's name; undefined for a key that is not one. */
export const partnerFieldName = (key: string): LocalizedText | undefined =>
  Object.hasOwn(PARTNER_FIELD_NAMES, key)
    ? PARTNER_FIELD_NAMES[key as PartnerFieldName]
    : undefined;
