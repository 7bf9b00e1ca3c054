import type { TLocale } from '@/i18n/locales';

/** Bytes as people read a file size: 845 KB, 12.3 MB (decimal units, as file managers show). */
export function formatBytes(bytes: number, locale: TLocale): string {
  const fmt = (n: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
  if (bytes < 1000) return `${fmt(bytes, 0)} B`;
  if (bytes < 1_000_000) return `${fmt(bytes / 1000, 0)} KB`;
  return `${fmt(bytes / 1_000_000, 1)} MB`;
}

/** The sniffed type's short name: PDF, JPEG, PNG. */
export function typeName(contentType: string): string {
  if (contentType === 'application/pdf') return 'PDF';
  if (contentType === 'image/jpeg') return 'JPEG';
  if (contentType === 'image/png') return 'PNG';
  return contentType;
}
