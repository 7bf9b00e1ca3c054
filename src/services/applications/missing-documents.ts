import { listMissingDocumentSlots } from '../documents/missing-documents';
import type { TMissingDocuments } from './check-completeness';

/**
 * The document slots an application still lacks on the day of submission, from the documents
 * module's own check (counts, translations, and the CSC medical form's six months, R-CSC-ELIG).
 */
export const missingDocumentSlots: TMissingDocuments = (db, app, submittedOn) =>
  listMissingDocumentSlots(db, app, { submittedOn });
