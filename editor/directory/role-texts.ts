// The words of the roles panel, Dutch first.
import { msg } from '../i18n/i18n';

export const roleTexts = msg({
  heading: { nl: 'Rollen', en: 'Roles' },
  intro: {
    nl: 'De stappen van het stroomschema noemen rollen ("het VK"); de partners van de regio vullen ze in.',
    en: 'The steps of the flow name roles ("het VK"); the region\'s partners fill them.',
  },
  newRole: { nl: 'Naam van een nieuwe rol', en: 'Name of a new role' },
  addRole: { nl: 'Rol toevoegen', en: 'Add role' },
  namedIn: { nl: 'Genoemd in {n} stappen', en: 'Named in {n} steps' },
  namedInOne: { nl: 'Genoemd in 1 stap', en: 'Named in 1 step' },
  unfilled: { nl: 'Niet ingevuld in {region}', en: 'Not filled in {region}' },
  name: { nl: 'Naam van de rol', en: 'Role name' },
  description: { nl: 'Beschrijving', en: 'Description' },
  steps: { nl: 'Genoemd in deze stappen', en: 'Named in these steps' },
  noSteps: { nl: 'Geen enkele stap noemt deze rol.', en: 'No step names this role.' },
  fillers: { nl: 'Ingevuld door', en: 'Filled by' },
  nobody: { nl: 'Geen enkele partner', en: 'No partner' },
  delete: { nl: "Rol '{name}' verwijderen", en: "Delete role '{name}'" },
  deleteFromStep: {
    nl: 'Rol verwijderen en uit de stap halen',
    en: 'Delete the role and take it off the step',
  },
  deleteFromSteps: {
    nl: 'Rol verwijderen en uit {n} stappen halen',
    en: 'Delete the role and take it off {n} steps',
  },
  stillNamedOne: {
    nl: "De rol '{name}' wordt nog genoemd in 1 stap:",
    en: "The role '{name}' is still named in 1 step:",
  },
  stillNamed: {
    nl: "De rol '{name}' wordt nog genoemd in {n} stappen:",
    en: "The role '{name}' is still named in {n} steps:",
  },
  removeFromSteps: {
    nl: 'Verwijder je de rol, dan verdwijnt ze ook uit die stappen en bij de partners die ze invullen. Dat is één stap om ongedaan te maken.',
    en: 'Deleting the role also takes it off those steps and off the partners that fill it. One undo takes it all back.',
  },
  confirmDelete: {
    nl: "De rol '{name}' verwijderen? Partners die ze invullen, verliezen ze.",
    en: "Delete the role '{name}'? Partners that fill it lose it.",
  },
  deleted: { nl: "Rol '{name}' verwijderd.", en: "Role '{name}' deleted." },
  undo: { nl: 'Ongedaan maken', en: 'Undo' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
});
