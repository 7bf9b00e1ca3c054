import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

import { insertApplicationEvent } from '@/db/repositories/application.repository';
import {
  insertDocument,
  markDocumentsDeleted,
  type TDocumentRow,
} from '@/db/repositories/document.repository';
import { safeFileName } from '@/domain/applications/document-file';
import type { TActor } from '@/policies/actor';

import { getApplicationFor } from '../applications/get-application';
import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { inspectFile } from './inspect-file';
import { listDocuments, type TDocumentsView } from './list-documents';
import { storageFor } from './storage/create-storage';
import type { TStorage } from './storage/storage';
import { checkUploadTarget, type TUploadRefusal, type TUploadTarget } from './upload-target';

/** A refusal comes with the documents page, to show it on (the tus client ignores it). */
export type TStoreDocumentResult =
  { ok: true; document: TDocumentRow } | ({ ok: false; page: TDocumentsView } & TUploadRefusal);

/** Removes stored bytes after the rows that named them are gone; a failure only leaves garbage. */
export async function deleteStoredFiles(
  storage: TStorage,
  rows: readonly TDocumentRow[],
): Promise<void> {
  for (const row of rows) {
    await storage.delete(row.storageKey).catch(() => undefined);
    if (row.thumbnailKey) await storage.delete(row.thumbnailKey).catch(() => undefined);
  }
}

async function refused(
  deps: TDeps,
  actor: TActor,
  applicationId: string,
  refusal: { ok: false } & TUploadRefusal,
): Promise<TStoreDocumentResult> {
  return { ...refusal, page: await listDocuments(deps, actor, applicationId) };
}

/**
 * Stores one uploaded document (from the tus upload's end or the plain form): the owner only
 * (`document.upload`, 404 for anyone else), into a slot of an editable application; the bytes
 * judged by content (PDF, JPEG, PNG) and name; SHA-256, page count or thumbnail; the file put
 * in storage, then the row, the timeline event and the audit row in one transaction, replacing
 * what the slot held. A refused file leaves nothing behind and the application untouched.
 */
export async function storeDocument(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { applicationId: string; target: TUploadTarget; fileName: string; bytes: Buffer },
): Promise<TStoreDocumentResult> {
  const app = await getApplicationFor(deps, actor, input.applicationId, 'document.upload');
  const fileName = safeFileName(input.fileName);
  const early = await checkUploadTarget(deps.database.db, app, input.target, deps.now());
  if (!early.ok) return refused(deps, actor, app.id, early);
  const inspected = await inspectFile(fileName, input.bytes);
  if (!inspected.ok) return refused(deps, actor, app.id, inspected);

  const storage = storageFor(deps.env);
  const id = randomUUID();
  const storageKey = `documents/${app.id}/${id}`;
  const thumbnailKey = inspected.thumbnail ? `documents/${app.id}/${id}-thumb.jpg` : null;
  await storage.put(storageKey, Readable.from(input.bytes), {
    sizeBytes: inspected.sizeBytes,
    contentType: inspected.mime,
  });
  if (thumbnailKey && inspected.thumbnail) {
    await storage.put(thumbnailKey, Readable.from(inspected.thumbnail), {
      sizeBytes: inspected.thumbnail.length,
      contentType: 'image/jpeg',
    });
  }
  const stored = { storageKey, thumbnailKey } as TDocumentRow;

  let outcome:
    | { ok: true; document: TDocumentRow; replaced: TDocumentRow[] }
    | ({ ok: false } & TUploadRefusal);
  try {
    outcome = await deps.database.db.transaction(async (tx) => {
      const now = deps.now();
      const locked = await getApplicationFor(deps, actor, app.id, 'document.upload', {
        db: tx,
        forUpdate: true,
      });
      // Judged again under the lock: the deadline or a submission may have come meanwhile.
      const check = await checkUploadTarget(tx, locked, input.target, now);
      if (!check.ok) return check;
      const replaced = [
        ...check.replaces,
        // A replaced original takes its translation with it: it translated the old file.
        ...check.documents.filter(
          (d) => d.role === 'translation' && check.replaces.some((r) => r.id === d.translationOfId),
        ),
      ];
      await markDocumentsDeleted(
        tx,
        app.id,
        replaced.map((d) => d.id),
        now,
      );
      const document = await insertDocument(tx, {
        id,
        applicationId: app.id,
        slot: input.target.slot,
        role: input.target.role,
        fileName,
        contentType: inspected.mime,
        sizeBytes: inspected.sizeBytes,
        sha256: inspected.sha256,
        storageKey,
        pageCount: inspected.pageCount,
        contentFlags: inspected.flags,
        thumbnailKey,
        issuedOn: input.target.role === 'original' ? input.target.issuedOn : null,
        isOtherLanguage: input.target.role === 'original' && input.target.isOtherLanguage,
        translationOfId: input.target.role === 'translation' ? input.target.translationOfId : null,
        uploadedByUserId: actor.kind === 'user' ? actor.userId : null,
        createdAt: now,
      });
      const detail = { documentId: id, slot: document.slot, role: document.role, fileName };
      await insertApplicationEvent(tx, {
        applicationId: app.id,
        kind: 'document_uploaded',
        at: now,
        detail,
      });
      await recordAudit(tx, now, actor, meta, {
        action: 'document.uploaded',
        entityType: 'document',
        entityId: id,
        before: replaced.length
          ? { replaced: replaced.map((d) => ({ id: d.id, sha256: d.sha256 })) }
          : null,
        after: {
          ...detail,
          applicationId: app.id,
          contentType: document.contentType,
          sizeBytes: document.sizeBytes,
          sha256: document.sha256,
          pageCount: document.pageCount,
          contentFlags: document.contentFlags,
          issuedOn: document.issuedOn,
          isOtherLanguage: document.isOtherLanguage,
        },
      });
      return { ok: true as const, document, replaced };
    });
  } catch (err) {
    await deleteStoredFiles(storage, [stored]);
    throw err;
  }
  if (!outcome.ok) {
    await deleteStoredFiles(storage, [stored]);
    return refused(deps, actor, app.id, outcome);
  }
  await deleteStoredFiles(storage, outcome.replaced);
  return { ok: true, document: outcome.document };
}
