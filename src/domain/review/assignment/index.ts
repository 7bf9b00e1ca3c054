// Reviewer assignment (R-REV-ASSIGN) with conflicts of interest (R-GEN-COI, R-REV-COI-INST).
export * from './types';
export { assignReviewers, normaliseDiscipline } from './assign';
export { conflictReasons, conflictTable, CONFLICT_REASONS } from './conflicts';
