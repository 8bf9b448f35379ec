// Who exists on the browser tests' shared server.
export const E2E_WORKSPACE = { slug: 'zuid-oost-vlaanderen', name: 'Zuid-Oost-Vlaanderen' };
export const E2E_ADMIN = {
  email: 'beheer@e2e.kindreflex.test',
  name: 'Beheer E2E',
  password: 'een lang wachtwoord voor de browsertests',
};
