import type { Readable } from 'node:stream';

import { findApplicationDocument, type TDocumentRow } from '@/db/repositories/document.repository';
import { can } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { applicationResource, getApplicationFor } from '../applications/get-application';
import { AppError } from '../app-error';
import type { TDeps } from '../context';
import { storageFor } from './storage/create-storage';
import { StorageNotFoundError } from './storage/storage';

/**
 * Opens a stored document for download: its owner, or staff whose role and program allow it
 * (`document.read`); a referee's letter, staff of the application only (`letter.read`,
 * R-GEN-REFEREE). Anyone else gets 404, never a hint that it exists.
 */
export async function openDocument(
  deps: TDeps,
  actor: TActor,
  input: { applicationId: string; documentId: string; isThumbnail: boolean },
): Promise<{ document: TDocumentRow; stream: Readable }> {
  const app = await getApplicationFor(deps, actor, input.applicationId, 'document.read');
  const doc = await findApplicationDocument(deps.database.db, app.id, input.documentId);
  if (!doc) throw new AppError('not_found', 'No such document');
  if (doc.refereeId && !can(actor, 'letter.read', applicationResource(app)))
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
