export const USAGE = `Kindreflex Studio, gedeelde server

Gebruik:
  npm run server                                   start de server (PORT, standaard 8787)
  npm run server -- user add E-MAIL [--name NAAM] [--admin]
                     [--workspace KORTE-NAAM --role beheerder|redacteur|lezer]
                     [--password-stdin]            account toevoegen; zonder --password-stdin
                                                   krijg je een eenmalige link om een wachtwoord te kiezen
  npm run server -- user reset-password E-MAIL     nieuwe eenmalige link om een wachtwoord te kiezen
  npm run server -- user disable E-MAIL            account uitschakelen: aanmelden kan niet meer,
                                                   lopende sessies eindigen meteen
  npm run server -- user enable E-MAIL             uitgeschakeld account weer inschakelen
  npm run server -- workspace add KORTE-NAAM "Naam"  werkruimte toevoegen
  npm run server -- backup BESTAND                 alles behalve sessies naar een bestand
  npm run server -- restore BESTAND                een back-up terugzetten in een lege database

Omgeving: DATABASE_URL (postgres://…; anders de ingebouwde database in KINDREFLEX_DATA, standaard ./data),
PORT, HOST, KINDREFLEX_PUBLIC_URL, KINDREFLEX_TRUST_PROXY=1, OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET.
Zie README.md, "Gedeelde werkruimte".`;
