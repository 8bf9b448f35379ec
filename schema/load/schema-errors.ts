// Turns Ajv's errors into problems with a JSON pointer and a message in Dutch
// and English. The schema path tells which definition failed, so that a bad
// link or phone number gets a message about links or phone numbers.
import type { AjvError } from '../generated/validate-card';
import { problem, type LocalizedText, type Problem } from '../problems';
import { escapePointerToken } from '../pointer';

const typeNames: Record<string, LocalizedText> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  integer: { nl: 'een geheel getal', en: 'an integer' },
  object: { nl: 'een object', en: 'an object' },
  array: { nl: 'een lijst', en: 'a list' },
  boolean: { nl: 'waar of onwaar', en: 'true or false' },
};

// Shared definitions are compiled to shared functions, so Ajv's schemaPath does
// not say which definition failed; the pattern itself does.
function patternMessage(pattern: string): LocalizedText {
  if (pattern.startsWith('^[^\\u0000'))
    return {
      nl: 'Onzichtbaar stuurteken in de tekst; alleen tab en regeleinde zijn toegelaten.',
      en: 'Invisible control character in the text; only tab and line break are allowed.',
    };
  if (pattern.includes('[Hh][Tt][Tt][Pp]'))
    return {
      nl: 'Alleen http(s)-, mailto:- en tel:-links zijn toegelaten (geen javascript: of data:).',
      en: 'Only http(s), mailto: and tel: links are allowed (no javascript: or data:).',
    };
  if (pattern.startsWith('^[A-Za-z0-9][A-Za-z0-9_.:-]'))
    return {
      nl: 'Een identificatie bestaat uit letters, cijfers, punt, dubbelepunt, _ of - (hoogstens 80 tekens).',
      en: 'An id consists of letters, digits, dot, colon, _ or - (at most 80 characters).',
    };
  if (pattern.startsWith('^[+0-9]'))
    return {
      nl: 'Een telefoonnummer bevat alleen cijfers, spaties, +, punt, schuine streep, haakjes of koppelteken.',
      en: 'A phone number holds only digits, spaces, +, dot, slash, brackets or hyphen.',
    };
  if (pattern.startsWith('^[01][0-9]{3}'))
    return {
      nl: 'Een KBO-nummer heeft de vorm 0123.456.789.',
      en: 'A KBO number looks like 0123.456.789.',
    };
  return {
    nl: 'De waarde heeft niet de verwachte vorm.',
    en: 'The value does not have the expected form.',
  };
}

function describe(error: AjvError): LocalizedText | null {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return {
        nl: `Het verplichte veld '${String(p.missingProperty)}' ontbreekt.`,
        en: `The required field '${String(p.missingProperty)}' is missing.`,
      };
    case 'type': {
      const t = typeNames[String(p.type)] ?? { nl: String(p.type), en: String(p.type) };
      return { nl: `Hier wordt ${t.nl} verwacht.`, en: `Expected ${t.en} here.` };
    }
    case 'const':
      return {
        nl: `De waarde moet ${JSON.stringify(p.allowedValue)} zijn.`,
        en: `The value must be ${JSON.stringify(p.allowedValue)}.`,
      };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { nl: `Toegelaten waarden: ${allowed}.`, en: `Allowed values: ${allowed}.` };
    }
    case 'pattern':
      return patternMessage(String(p.pattern));
    case 'format': {
      const format = String(p.format);
      if (format === 'date')
        return {
          nl: 'Geef een bestaande datum als JJJJ-MM-DD.',
          en: 'Give an existing date as YYYY-MM-DD.',
        };
      if (format === 'email')
        return { nl: 'Dit is geen geldig e-mailadres.', en: 'This is not a valid e-mail address.' };
      return { nl: 'Geef een tijdstip volgens ISO 8601.', en: 'Give a time in ISO 8601 form.' };
    }
    case 'minLength':
      return p.limit === 1
        ? { nl: 'Dit veld mag niet leeg zijn.', en: 'This field may not be empty.' }
        : { nl: `Minstens ${p.limit} tekens.`, en: `At least ${p.limit} characters.` };
    case 'maxLength':
      return { nl: `Hoogstens ${p.limit} tekens.`, en: `At most ${p.limit} characters.` };
    case 'minItems':
      return {
        nl: `Minstens ${p.limit} element(en) nodig.`,
        en: `At least ${p.limit} item(s) needed.`,
      };
    case 'maxItems':
      return { nl: `Hoogstens ${p.limit} elementen.`, en: `At most ${p.limit} items.` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        nl: `De waarde moet ${p.comparison} ${p.limit} zijn.`,
        en: `The value must be ${p.comparison} ${p.limit}.`,
      };
    case 'uniqueItems':
      return {
        nl: `Elementen ${p.j} en ${p.i} zijn gelijk; elk mag maar één keer voorkomen.`,
        en: `Items ${p.j} and ${p.i} are equal; each may occur only once.`,
      };
    case 'if':
      return null; // the failing "then" is reported on its own
    default:
      return {
        nl: 'Deze waarde past niet in het kaartschema.',
        en: 'This value does not fit the card schema.',
      };
  }
}

export function schemaProblems(errors: readonly AjvError[]): Problem[] {
  const problems: Problem[] = [];
  for (const error of errors) {
    const text = describe(error);
    if (!text) continue;
    const where =
      error.keyword === 'required'
        ? `${error.instancePath}/${escapePointerToken(String(error.params.missingProperty))}`
        : error.instancePath;
    problems.push(problem('schema', 'error', where, { nl: text.nl, en: text.en }));
  }
  return problems;
}
