import type { ZodError } from 'zod';

import { isMessageKey, type TTranslate } from '@/i18n/translate';
import type { TFieldError } from '@/views/components/form';

/**
 * Zod issues → one translated error per field. Schemas carry message keys (`errors.…`), so
 * the same schema speaks the user's language on every page.
 */
export function fieldErrors(err: ZodError, t: TTranslate): TFieldError[] {
  const seen = new Set<string>();
  const out: TFieldError[] = [];
  for (const issue of err.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({
      field,
      message: isMessageKey(issue.message) ? t(issue.message) : t('errors.invalid_value'),
    });
  }
  return out;
}

/** Reads a string field from a parsed form body without trusting its shape. */
export function formValue(body: unknown, key: string): string | undefined {
  const v = (body as Record<string, unknown> | undefined)?.[key];
  return typeof v === 'string' ? v : undefined;
}
