// Institutions: names and mail domains normalised for the conflict-of-interest test
// (R-REV-COI-INST). Pure functions over data.
export * from './normalise-institution';
export * from './email-domain';
export * from './public-mail-domains';
export * from './institution-aliases';
