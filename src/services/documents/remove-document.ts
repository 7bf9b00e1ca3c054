import { insertApplicationEvent } from '@/db/repositories/application.repository';
import {
  findApplicationDocument,
  listApplicationDocuments,
  markDocumentsDeleted,
} from '@/db/repositories/document.repository';
import { isEditable } from '@/domain/applications/application-window';
import type { TActor } from '@/policies/actor';

import { editWindowOf } from '../applications/edit-window';
import { getApplicationFor } from '../applications/get-application';
import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { listDocuments, type TDocumentsView } from './list-documents';
import { deleteStoredFiles } from './store-document';
import { storageFor } from './storage/create-storage';

/** A refusal comes with the documents page, to show it on. */
export type TRemoveDocumentResult =
  { ok: true } | { ok: false; reason: 'not_editable'; page: TDocumentsView };

/**
 * The owner removes a document (and the translation beside it) while the application is
 * editable (R-GEN-EDIT). The rows stay, marked removed, for the audit trail; the bytes go.
 */
export async function removeDocument(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { applicationId: string; documentId: string },
): Promise<TRemoveDocumentResult> {
  const storage = storageFor(deps.env);
  const result = await deps.database.db.transaction(async (tx) => {
    const now = deps.now();
    const app = await getApplicationFor(deps, actor, input.applicationId, 'document.upload', {
      db: tx,
      forUpdate: true,
    });
    const doc = await findApplicationDocument(tx, app.id, input.documentId);
    if (!doc || doc.refereeId) throw new AppError('not_found', 'No such document');
    if (!isEditable(app, await editWindowOf(tx, app, now)))
      return { ok: false, reason: 'not_editable' } as const;
    const removed = [
      doc,
      ...(await listApplicationDocuments(tx, app.id)).filter((d) => d.translationOfId === doc.id),
    ];
    await markDocumentsDeleted(
      tx,
      app.id,
      removed.map((d) => d.id),
      now,
    );
    const detail = { documentId: doc.id, slot: doc.slot, role: doc.role, fileName: doc.fileName };
    await insertApplicationEvent(tx, {
      applicationId: app.id,
      kind: 'document_removed',
      at: now,
      detail,
    });
    await recordAudit(tx, now, actor, meta, {
      action: 'document.removed',
      entityType: 'document',
      entityId: doc.id,
      before: { ...detail, sha256: doc.sha256, alsoRemoved: removed.slice(1).map((d) => d.id) },
      after: null,
    });
    return { ok: true, removed } as const;
  });
  if (!result.ok) return { ...result, page: await listDocuments(deps, actor, input.applicationId) };
  await deleteStoredFiles(storage, result.removed);
  return { ok: true };
}
