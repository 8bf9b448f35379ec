// Test data of the regional scenario, as a coordinator from another province
// would bring it: the Limburg contacts as a Dutch spreadsheet saves them, and
// a newer base card made from the sample JSON (one step reworded, one added),
// the same as in the merge's unit tests.
import { readFileSync } from 'node:fs';
import type { Card } from '../../schema/types';
import { newerBase } from '../unit/regional-scenario';
import { spreadsheetCsv } from './pages/directory-panel';

export { ADDED_STEP, REWORDED } from '../unit/regional-scenario';

export const SAMPLE_JSON = readFileSync('samples/kindreflex-zuid-oost-vlaanderen.json', 'utf8');

/** What no card of another region may still hold: the old region's contacts. */
export const OLD_REGION_TRACES = [
  '09 216 73 30', // VK Oost-Vlaanderen
  '02 243 51 07', // OCJ Oost-Vlaanderen
  '055 31 38 62', // Vrij CLB, Oudenaarde
  '09 361 14 01', // Vrij CLB, Zottegem
  '055 33 74 70', // GO! CLB
  'Oost-Vlaanderen',
];

/** The next release of the base (2027.1), made from the sample JSON: scenario 3, step 2
 * reworded and a step added in scenario 5, as the merge's unit tests have it. */
export function newerBaseJson(): string {
  return JSON.stringify(newerBase(JSON.parse(SAMPLE_JSON) as Card), null, 2);
}

/** Today as a Belgian spreadsheet writes a date: 28/11/2026. */
export function belgianToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

const PROFESSIONALS = 'Partners en consult voor professionals';
const PARENTS = 'Ondersteuning voor ouders';
const HEADER = [
  'organisatie',
  'dienst',
  'doelgroep',
  'telefoon',
  'website',
  'leeftijd van (maanden)',
  'leeftijd tot (maanden)',
  'rollen',
  'secties',
  'laatst gecontroleerd',
];

/** The Limburg contacts: VK, OCJ, two CLBs, Kind & Gezin and the police. */
export function limburgCsv(): Buffer {
  const today = belgianToday();
  const clbSections = `${PARENTS}: via contactpersoon; ${PROFESSIONALS}: brede instap`;
  return spreadsheetCsv([
    HEADER,
    [
      'Vertrouwenscentrum Kindermishandeling Limburg',
      'Consult en aanmelding bij (vermoeden van) kindermishandeling',
      'professionals',
      '011 27 24 04',
      'https://www.vertrouwenscentrum-kindermishandeling.be/',
      '',
      '',
      'het VK, een gemandateerde voorziening',
      PROFESSIONALS,
      today,
    ],
    [
      'Ondersteuningscentrum Jeugdzorg Limburg',
      'Consult, ook anoniem; geïntegreerde jeugdhulp',
      'professionals',
      '011 29 87 90',
      'https://www.jeugdhulp.be/',
      '',
      '',
      'het OCJ, een gemandateerde voorziening',
      PROFESSIONALS,
      today,
    ],
    [
      'Vrij CLB Limburg',
      'Leerlingenbegeleiding',
      'beide',
      '011 27 94 00 (Hasselt); 089 32 10 80 (Genk)',
      'https://www.vclblimburg.be/',
      '30',
      '',
      'het CLB',
      clbSections,
      today,
    ],
    [
      'GO! CLB Hasselt',
      'Leerlingenbegeleiding',
      'beide',
      '011 22 49 65',
      '',
      '30',
      '',
      'het CLB',
      clbSections,
      today,
    ],
    [
      'Regioteam Kind & Gezin Limburg',
      '',
      'professionals',
      '078 150 100',
      'https://www.kindengezin.be/',
      '-9',
      '36',
      'Kind & Gezin',
      `${PROFESSIONALS}: brede instap`,
      today,
    ],
    [
      'Politie Limburg',
      'Dringende politiehulp',
      'beide',
      '101 (Dringende politiehulp); 112 (Europees noodnummer)',
      'https://www.politie.be/',
      '',
      '',
      'het parket en/of de politie',
      'Bij acuut gevaar',
      today,
    ],
  ]);
}
