import { z } from 'zod';

import { ZText } from '@/contracts/text.schema';

import type { TUploadTarget } from '@/services/documents/upload-target';

import { ZNoticeFlag } from './applications.schema';

const ZUuid = z.string().regex(/^[0-9a-f-]{36}$/i);
const ZSlot = z.string().regex(/^[a-z0-9_]{1,60}$/);

export const ZApplicationParams = z.object({ id: ZUuid });
export const ZDocumentParams = z.object({ id: ZUuid, documentId: ZUuid });
/** `GET /applications/:id/documents?uploaded=1` or `?removed=1`: the notice after a change. */
export const ZDocumentsQuery = z.object({
  uploaded: ZNoticeFlag,
  removed: ZNoticeFlag,
});

/** The target fields of an upload, as the plain form posts them and as tus metadata carries them. */
export const ZUploadTargetFields = z.object({
  slot: ZSlot,
  role: z.enum(['original', 'translation']).default('original'),
  translationOf: z.union([ZUuid, z.literal('')]).optional(),
  // A date input; free text on the wire, so it may not carry a NUL into the text column.
  issuedOn: ZText.max(20).optional(),
  isOtherLanguage: z.string().max(10).optional(),
});

export type TUploadTargetFields = z.infer<typeof ZUploadTargetFields>;

export function uploadTargetOf(f: TUploadTargetFields): TUploadTarget {
  return {
    slot: f.slot,
    role: f.role,
    translationOfId: f.role === 'translation' && f.translationOf ? f.translationOf : null,
    isOtherLanguage: ['on', 'true', 'yes', '1'].includes(f.isOtherLanguage ?? ''),
    issuedOn: f.issuedOn?.trim() ? f.issuedOn.trim() : null,
  };
}

/**
 * tus Upload-Metadata: the application, the target fields, the file's name. The name is not
 * refused for control characters: safeFileName strips them, as for the plain form's file.
 */
export const ZTusMetadata = ZUploadTargetFields.extend({
  applicationId: ZUuid,
  filename: z.string().min(1).max(1000),
});

/** The plain form's file, as the multipart hook leaves it on the body. */
export type TFormFile = { fileName: string; bytes: Buffer; isTooLarge: boolean };
