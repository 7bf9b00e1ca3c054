/**
 * A Content-Disposition that no file name can break: an ASCII fallback with anything outside
 * printable ASCII, quotes and backslashes replaced, and the real name in RFC 5987 `filename*`.
 * @example contentDisposition('attachment', '护照 "scan".pdf') // 'attachment; filename="__ _scan_.pdf"; filename*=UTF-8''%E6%8A%A4…'
 */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_') || 'document';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
