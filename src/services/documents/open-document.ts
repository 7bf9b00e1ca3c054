import type { Readable } from 'node:stream';

import { findApplicationDocument, type TDocumentRow } from '@/db/repositories/document.repository';
import { can } from '@/policies/access';
import { isStaff, type TActor } from '@/policies/actor';

import { applicationResource, getApplicationFor } from '../applications/get-application';
import { AppError } from '../app-error';
import type { TDeps } from '../context';
import { storageFor } from './storage/create-storage';
import { StorageNotFoundError } from './storage/storage';

/**
 * Opens a stored document for download: its owner, or staff whose role and program allow it
 * (`document.read`); anyone else — and the applicant asking for a referee's letter, which is
 * confidential (R-GEN-REFEREE) — gets 404, never a hint that it exists.
 */
export async function openDocument(
  deps: TDeps,
  actor: TActor,
  input: { applicationId: string; documentId: string; isThumbnail: boolean },
): Promise<{ document: TDocumentRow; stream: Readable }> {
  const app = await getApplicationFor(deps, actor, input.applicationId, 'document.read');
  const doc = await findApplicationDocument(deps.database.db, app.id, input.documentId);
  if (!doc) throw new AppError('not_found', 'No such document');
  const isOwner = actor.kind === 'user' && actor.userId === app.applicantUserId;
  if (
    doc.refereeId &&
    (isOwner || !isStaff(actor) || !can(actor, 'document.read', applicationResource(app)))
  )
    throw new AppError('not_found', 'No such document');
  const key = input.isThumbnail ? doc.thumbnailKey : doc.storageKey;
  if (!key) throw new AppError('not_found', 'No thumbnail');
  try {
    return { document: doc, stream: await storageFor(deps.env).get(key) };
  } catch (err) {
    if (err instanceof StorageNotFoundError) throw new AppError('not_found', 'Stored file missing');
    throw err;
  }
}
