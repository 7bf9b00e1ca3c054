import type { TDb } from '@/db/client';
import { listApplicationDocuments } from '@/db/repositories/document.repository';
import type { TApplication } from '@/domain/applications/application';
import { missingDocuments, type TMissingDocument } from '@/domain/applications/document-slots';

/**
 * For the completeness check at submission: the uploads an application still lacks (see
 * `missingDocuments` in the domain: needed slots short of their count, missing translations,
 * and with `submittedOn` a CSC physical examination form older than six months). Conditions
 * the answers do not settle count as not required. Referee letters are not judged here.
 * @example const missing = await listMissingDocuments(tx, app, { submittedOn: '2026-03-01' });
 */
export async function listMissingDocuments(
  db: TDb,
  app: Pick<TApplication, 'id' | 'programId' | 'track' | 'answers'>,
  opts: { submittedOn?: string } = {},
): Promise<TMissingDocument[]> {
  const documents = (await listApplicationDocuments(db, app.id)).filter((d) => !d.refereeId);
  return missingDocuments({
    programId: app.programId,
    track: app.track,
    answers: app.answers,
    documents,
    ...(opts.submittedOn ? { submittedOn: opts.submittedOn } : {}),
  });
}

/**
 * The same as slot ids, once each, for the completeness check of a submission.
 * @example const slots = await listMissingDocumentSlots(tx, app, { submittedOn: '2026-01-31' });
 */
export async function listMissingDocumentSlots(
  db: TDb,
  app: Pick<TApplication, 'id' | 'programId' | 'track' | 'answers'>,
  opts: { submittedOn?: string } = {},
): Promise<string[]> {
  return [...new Set((await listMissingDocuments(db, app, opts)).map((m) => m.slot))];
}
