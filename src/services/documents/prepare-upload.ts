import { MAX_DOCUMENT_BYTES } from '@/domain/applications/document-file';
import type { TActor } from '@/policies/actor';

import { getApplicationFor } from '../applications/get-application';
import type { TDeps } from '../context';
import {
  checkFileNameAllowed,
  checkUploadTarget,
  type TUploadRefusal,
  type TUploadTarget,
} from './upload-target';

export type TPrepareUploadResult = { ok: true } | ({ ok: false } & TUploadRefusal);

/**
 * Judges a resumable upload when it is created, before any byte travels (an applicant on a slow
 * link should not send 20 MB to hear "no"): the owner only (404 for anyone else), an editable
 * application, a slot of its program and track, at most 20 MB, a PDF/JPEG/PNG name. The bytes
 * are judged again by `storeDocument` when the upload ends.
 */
export async function prepareUpload(
  deps: TDeps,
  actor: TActor,
  input: {
    applicationId: string;
    target: TUploadTarget;
    fileName: string;
    sizeBytes: number | null;
  },
): Promise<TPrepareUploadResult> {
  const app = await getApplicationFor(deps, actor, input.applicationId, 'document.upload');
  const check = await checkUploadTarget(deps.database.db, app, input.target, deps.now());
  if (!check.ok) return check;
  if (input.sizeBytes !== null && input.sizeBytes > MAX_DOCUMENT_BYTES)
    return { ok: false, reason: 'too_large' };
  if (input.sizeBytes === 0) return { ok: false, reason: 'empty' };
  const badName = checkFileNameAllowed(input.fileName);
  return badName ? { ok: false, ...badName } : { ok: true };
}
