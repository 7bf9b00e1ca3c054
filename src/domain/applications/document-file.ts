// What an uploaded document may be: PDF, JPEG or PNG judged by its bytes, at most
// 20 MB, and named with an extension that agrees with what the bytes are.

/** 20 MB per file. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const DOCUMENT_TYPES = ['pdf', 'jpeg', 'png'] as const;
export type TDocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_MIME: Readonly<Record<TDocumentType, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

const EXTENSIONS: Readonly<Record<TDocumentType, readonly string[]>> = {
  pdf: ['pdf'],
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  png: ['png'],
};

/** What a sniffer read from the first bytes; `ext`/`mime` as the sniffer names them. */
export type TSniffed = { ext: string; mime: string } | undefined;

export type TFileCheck =
  | { ok: true; type: TDocumentType; mime: string }
  | { ok: false; reason: 'empty' | 'too_large' }
  | { ok: false; reason: 'unsupported_type'; detected: string | null }
  | { ok: false; reason: 'extension_mismatch'; detected: TDocumentType; extension: string };

/** The sniffed type as one of ours, or null for anything else. */
export function documentTypeOf(sniffed: TSniffed): TDocumentType | null {
  if (!sniffed) return null;
  if (sniffed.mime === 'application/pdf') return 'pdf';
  if (sniffed.mime === 'image/jpeg') return 'jpeg';
  if (sniffed.mime === 'image/png') return 'png';
  return null;
}

/** The lower-case extension of a file name ('' when it has none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Judges a file by its bytes first, its name second: the content must be PDF, JPEG or PNG, and
 * the name's extension must be one of that type's (a PDF named .exe and an .exe named .pdf are
 * both refused, each with its own reason).
 * @example checkDocumentFile({ fileName: 'cv.pdf', sizeBytes: 10, sniffed: { ext: 'pdf', mime: 'application/pdf' } }) // { ok: true, type: 'pdf', … }
 */
export function checkDocumentFile(input: {
  fileName: string;
  sizeBytes: number;
  sniffed: TSniffed;
}): TFileCheck {
  if (input.sizeBytes <= 0) return { ok: false, reason: 'empty' };
  if (input.sizeBytes > MAX_DOCUMENT_BYTES) return { ok: false, reason: 'too_large' };
  const type = documentTypeOf(input.sniffed);
  if (!type) return { ok: false, reason: 'unsupported_type', detected: input.sniffed?.ext ?? null };
  const extension = extensionOf(input.fileName);
  if (!EXTENSIONS[type].includes(extension))
    return { ok: false, reason: 'extension_mismatch', detected: type, extension };
  return { ok: true, type, mime: DOCUMENT_MIME[type] };
}

/**
 * A file name safe to store and show: the last path segment, no control characters, at most
 * 200 characters (the extension kept). Never used as a path: storage keys are ids.
 * @example safeFileName('C:\\scans\\护照.pdf') // '护照.pdf'
 */
export function safeFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  if (base.length <= 200) return base || 'document';
  const ext = extensionOf(base);
  return `${base.slice(0, 200 - ext.length - 1)}.${ext}`;
}
