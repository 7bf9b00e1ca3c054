import type { TEnv } from '@/config/env';
import { MAX_DOCUMENT_BYTES, safeFileName } from '@/domain/applications/document-file';

import { inspectFile } from '../documents/inspect-file';
import type { TPdfFlag } from '../documents/pdf-active-content';
import { storageFor } from '../documents/storage/create-storage';
import type { TStorage } from '../documents/storage/storage';

/** The largest letter a referee may upload: the 20 MB of every document. */
export const MAX_LETTER_BYTES = MAX_DOCUMENT_BYTES;

export type TLetterFileError = 'empty' | 'too_large' | 'not_pdf' | 'wrong_extension';

export type TInspectedLetter =
  | {
      ok: true;
      fileName: string;
      sha256: string;
      pageCount: number | null;
      /** Active content found in the PDF, shown to staff (never a refusal). */
      flags: TPdfFlag[];
    }
  | { ok: false; error: TLetterFileError };

/**
 * What a referee's PDF upload needs from the documents module: its check by content and its
 * storage. Tests may pass their own.
 */
export type TLetterFiles = {
  inspect: (fileName: string, bytes: Buffer) => Promise<TInspectedLetter>;
  storage: TStorage;
};

export function letterFilesFor(env: TEnv): TLetterFiles {
  return { inspect: inspectLetter, storage: storageFor(env) };
}

/**
 * A letter is a PDF judged by its bytes, then by its name (the documents module's check): an
 * image or an .exe named .pdf is "not a PDF", a PDF named .exe has the wrong extension.
 * @example await inspectLetter('letter.pdf', Buffer.from('MZ…')) // { ok: false, error: 'not_pdf' }
 */
export async function inspectLetter(fileName: string, bytes: Buffer): Promise<TInspectedLetter> {
  const result = await inspectFile(fileName, bytes);
  if (result.ok) {
    if (result.type !== 'pdf') return { ok: false, error: 'not_pdf' };
    return {
      ok: true,
      fileName: safeFileName(fileName),
      sha256: result.sha256,
      pageCount: result.pageCount,
      flags: result.flags,
    };
  }
  switch (result.reason) {
    case 'empty':
      return { ok: false, error: 'empty' };
    case 'too_large':
      return { ok: false, error: 'too_large' };
    case 'extension_mismatch':
      return { ok: false, error: result.detected === 'pdf' ? 'wrong_extension' : 'not_pdf' };
    default:
      return { ok: false, error: 'not_pdf' };
  }
}
