import type { TDb } from '@/db/client';
import { listApplicationDocuments, type TDocumentRow } from '@/db/repositories/document.repository';
import type { TApplication } from '@/domain/applications/application';
import { beijingDateOf, comparePlainDates, isPlainDate } from '@/domain/dates';
import { isEditable } from '@/domain/applications/application-window';
import { extensionOf, type TDocumentType } from '@/domain/applications/document-file';
import { documentSlots, PHYSICAL_EXAM_SLOT } from '@/domain/applications/document-slots';

import { editWindowOf } from '../applications/edit-window';

/** Where an upload goes: a slot, as the original or as the translation of one document. */
export type TUploadTarget = {
  slot: string;
  role: 'original' | 'translation';
  /** The original a translation belongs to. */
  translationOfId: string | null;
  /** The applicant's mark: the original is in neither Chinese nor English (R-CSC-APPLY). */
  isOtherLanguage: boolean;
  /** The CSC physical examination form's examination date (R-CSC-ELIG). */
  issuedOn: string | null;
};

/** Why an upload is refused. Each reason has its own message, in the applicant's language. */
export type TUploadRefusal =
  | { reason: 'not_editable' | 'unknown_slot' | 'exam_date_missing' | 'exam_date_future' }
  | { reason: 'empty' | 'too_large' | 'unreadable' }
  | { reason: 'extension_not_allowed'; extension: string }
  | { reason: 'unsupported_type'; detected: string | null }
  | { reason: 'extension_mismatch'; detected: TDocumentType; extension: string };

const ALLOWED_EXTENSIONS = new Set(['pdf', 'jpg', 'jpeg', 'jpe', 'jfif', 'png']);

/**
 * Refuses early, before any byte travels, a name that cannot be a PDF, JPEG or PNG. The bytes
 * are still judged on arrival (an .exe renamed .pdf passes here and is refused then).
 */
export function checkFileNameAllowed(fileName: string): TUploadRefusal | null {
  const extension = extensionOf(fileName);
  return ALLOWED_EXTENSIONS.has(extension) ? null : { reason: 'extension_not_allowed', extension };
}

export type TTargetCheck =
  | { ok: true; documents: TDocumentRow[]; replaces: TDocumentRow[] }
  | ({ ok: false } & TUploadRefusal);

/**
 * Everything about an upload that can be judged without its bytes: the application is still
 * editable (R-GEN-EDIT: draft or withdrawn, before the deadline), the slot is one the applicant
 * uploads to for this program and track, a translation names a current original, and the CSC
 * physical examination form carries a date not in the future. Also says which documents the
 * upload replaces (a full slot's oldest, or the original's previous translation).
 */
export async function checkUploadTarget(
  db: TDb,
  app: TApplication,
  target: TUploadTarget,
  now: Date,
): Promise<TTargetCheck> {
  if (!isEditable(app, await editWindowOf(db, app, now)))
    return { ok: false, reason: 'not_editable' };
  const documents = (await listApplicationDocuments(db, app.id)).filter((d) => !d.refereeId);
  const slots = documentSlots(app.programId, app.track, app.answers, documents);
  const slot = slots.find((s) => s.spec.id === target.slot && s.source === 'upload');
  if (!slot) return { ok: false, reason: 'unknown_slot' };
  if (target.role === 'translation') {
    const original = documents.find(
      (d) => d.id === target.translationOfId && d.role === 'original' && d.slot === target.slot,
    );
    if (!original) return { ok: false, reason: 'unknown_slot' };
    const replaces = documents.filter(
      (d) => d.role === 'translation' && d.translationOfId === original.id,
    );
    return { ok: true, documents, replaces };
  }
  if (target.slot === PHYSICAL_EXAM_SLOT && app.programId === 'csc') {
    if (!target.issuedOn || !isPlainDate(target.issuedOn))
      return { ok: false, reason: 'exam_date_missing' };
    if (comparePlainDates(target.issuedOn, beijingDateOf(now)) > 0)
      return { ok: false, reason: 'exam_date_future' };
  }
  const inSlot = documents.filter((d) => d.role === 'original' && d.slot === target.slot);
  const replaces = inSlot.slice(0, Math.max(0, inSlot.length - slot.count + 1));
  return { ok: true, documents, replaces };
}
