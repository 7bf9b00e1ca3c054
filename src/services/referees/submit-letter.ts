import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

import type { TDb } from '@/db/client';
import { insertApplicationEvent } from '@/db/repositories/application.repository';
import { insertDocument } from '@/db/repositories/document.repository';
import { updateReferee } from '@/db/repositories/referee.repository';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import type { TLetterResult } from './decline-letter';
import { loadLetterFor, queueApplicantNotice } from './letter-access';
import { letterFilesFor, type TLetterFileError, type TLetterFiles } from './letter-file';
import { openLetter, type TOpenLetterResult } from './open-letter';
import { LETTER_SLOT, letterLinkState } from '@/domain/referees/referee-rules';

export type TLetterInput =
  { kind: 'text'; text: string } | { kind: 'file'; fileName: string; bytes: Buffer };

/** A refused file comes with the letter page, to show the form again (or why it is closed). */
export type TSubmitLetterResult =
  TLetterResult | { ok: false; fileError: TLetterFileError; page: TOpenLetterResult };

type TStoredFile = {
  documentId: string;
  key: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  pageCount: number | null;
  contentFlags: string[];
};

/**
 * The referee submits the letter, written on the page or as a PDF (checked by content). The
 * letter is stored, the link dies, the application's timeline gets "letter in" and the applicant
 * an email without the letter — all in one transaction. A PDF is stored first and removed again
 * if the transaction does not commit (the link died meanwhile, or the database failed).
 */
export async function submitLetter(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: TLetterInput,
  files: TLetterFiles = letterFilesFor(deps.env),
): Promise<TSubmitLetterResult> {
  let stored: TStoredFile | null = null;
  if (input.kind === 'file') {
    const check = await files.inspect(input.fileName, input.bytes);
    if (!check.ok)
      return { ok: false, fileError: check.error, page: await openLetter(deps, actor, meta) };
    // Only the letter's own referee may put bytes into storage.
    const letter = await loadLetterFor(actor, deps.database.db, { forUpdate: false });
    const documentId = randomUUID();
    stored = {
      documentId,
      key: `documents/${letter.applicationId}/${documentId}`,
      fileName: check.fileName,
      sizeBytes: input.bytes.length,
      sha256: check.sha256,
      pageCount: check.pageCount,
      contentFlags: check.flags,
    };
    await files.storage.put(stored.key, Readable.from(input.bytes), {
      sizeBytes: stored.sizeBytes,
      contentType: 'application/pdf',
    });
  }
  const file = stored;
  let result: TSubmitLetterResult;
  try {
    result = await deps.database.db.transaction((tx) => record(deps, actor, meta, tx, input, file));
  } catch (err) {
    if (file) await files.storage.delete(file.key).catch(() => undefined);
    throw err;
  }
  if (!result.ok && file) await files.storage.delete(file.key).catch(() => undefined);
  if (result.ok) deps.onMailQueued?.();
  return result;
}

async function record(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  tx: TDb,
  input: TLetterInput,
  file: TStoredFile | null,
): Promise<TSubmitLetterResult> {
  const now = deps.now();
  const row = await loadLetterFor(actor, tx, { forUpdate: true });
  const state = letterLinkState(row.referee, row.closesOn, now);
  if (!state.ok) return { ok: false, problem: state.problem };
  let letterDocumentId: string | null = null;
  if (file) {
    const doc = await insertDocument(tx, {
      id: file.documentId,
      applicationId: row.applicationId,
      slot: LETTER_SLOT,
      fileName: file.fileName,
      contentType: 'application/pdf',
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      storageKey: file.key,
      pageCount: file.pageCount,
      contentFlags: file.contentFlags,
      refereeId: row.referee.id,
      uploadedByUserId: null,
      createdAt: now,
    });
    letterDocumentId = doc.id;
  }
  await updateReferee(tx, row.referee.id, {
    status: 'submitted',
    submittedAt: now,
    letterText: input.kind === 'text' ? input.text.trim() : null,
    letterDocumentId,
  });
  await insertApplicationEvent(tx, {
    applicationId: row.applicationId,
    kind: 'letter_in',
    at: now,
    detail: { refereeId: row.referee.id, referee: row.referee.name },
  });
  await queueApplicantNotice(deps, tx, now, row, { template: 'referee_letter_in' });
  await recordAudit(tx, now, actor, meta, {
    action: 'referee.letter_submitted',
    entityType: 'referee',
    entityId: row.referee.id,
    before: { status: row.referee.status },
    // The audit keeps the letter's form and fingerprint, never its words.
    after: {
      status: 'submitted',
      submittedAt: now.toISOString(),
      form: input.kind,
      ...(file
        ? { documentId: file.documentId, sha256: file.sha256, sizeBytes: file.sizeBytes }
        : { characters: input.kind === 'text' ? input.text.trim().length : 0 }),
    },
  });
  return { ok: true };
}
