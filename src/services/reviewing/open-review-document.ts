import type { Readable } from 'node:stream';

import { findApplication } from '@/db/repositories/application.repository';
import { findApplicationDocument, type TDocumentRow } from '@/db/repositories/document.repository';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import type { TDeps } from '../context';
import { storageFor } from '../documents/storage/create-storage';
import { StorageNotFoundError } from '../documents/storage/storage';
import { printableOf } from '../print/load-printable-application';
import { renderApplicationPdf } from '../print/render-application-pdf';
import { requireVisibleApplication } from './reviewer-access';

/**
 * One document of an application under review, to show inline beside the score form: only
 * for a member who may see the application (reviewer-access.ts), 404 otherwise — the same as
 * for a document that does not exist.
 * @example const { document, stream } = await openReviewDocument(deps, actor, { panelId, applicationId, documentId });
 */
export async function openReviewDocument(
  deps: TDeps,
  actor: TActor,
  input: { panelId: string; applicationId: string; documentId: string },
): Promise<
  | { kind: 'declare_first'; panelId: string }
  | { kind: 'file'; document: TDocumentRow; stream: Readable }
> {
  const seen = await requireVisibleApplication(deps, actor, input.panelId, input.applicationId);
  if (seen.kind === 'declare_first') return seen;
  const doc = await findApplicationDocument(
    deps.database.db,
    input.applicationId,
    input.documentId,
  );
  if (!doc) throw new AppError('not_found', 'No such document');
  try {
    return { kind: 'file', document: doc, stream: await storageFor(deps.env).get(doc.storageKey) };
  } catch (err) {
    if (err instanceof StorageNotFoundError) throw new AppError('not_found', 'Stored file missing');
    throw err;
  }
}

/**
 * The printable application form (the print service's own renderer) of an application under
 * review, in the applicant's language; same access as its documents.
 */
export async function printReviewApplication(
  deps: TDeps,
  actor: TActor,
  input: { panelId: string; applicationId: string },
): Promise<{ kind: 'declare_first'; panelId: string } | { kind: 'file'; pdf: Buffer }> {
  const seen = await requireVisibleApplication(deps, actor, input.panelId, input.applicationId);
  if (seen.kind === 'declare_first') return seen;
  const app = await findApplication(deps.database.db, input.applicationId);
  if (!app) throw new AppError('not_found', 'No such application');
  const printable = await printableOf(deps, app);
  return { kind: 'file', pdf: await renderApplicationPdf(printable, printable.applicant.locale) };
}
