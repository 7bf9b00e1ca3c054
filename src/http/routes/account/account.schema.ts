import { z } from 'zod';

import { zText } from '@/contracts/text.schema';

// Messages are i18n keys: the route translates them into the user's language.
export const ZEmail = z
  .string({ error: 'errors.email_required' })
  .trim()
  .min(1, { error: 'errors.email_required' })
  .max(254, { error: 'errors.email_invalid' })
  .pipe(z.email({ error: 'errors.email_invalid' }));

// Note: NIST SP 800-63B — at least 10 characters here (8 is its floor), long passphrases
// allowed, no composition rules. 128 bounds the work argon2 does per attempt.
export const ZNewPassword = z
  .string({ error: 'errors.password_required' })
  .min(1, { error: 'errors.password_required' })
  .min(10, { error: 'errors.password_too_short' })
  .max(128, { error: 'errors.password_too_long' });

export const ZLocaleField = z.enum(['en', 'zh-CN'], { error: 'errors.locale_required' });

// Any fixed origin does: only the path, query and fragment of `next` survive, and only when
// resolving them against it stays on it.
const NEXT_BASE = 'http://next.jiangxue.invalid';
const MAX_NEXT_LENGTH = 2048;
// Controls (C0, DEL, C1), format characters (bidi overrides, zero-width), line and paragraph
// separators, and backslashes: browsers drop or reinterpret them, so "/\t/evil" and "/\\evil"
// are read as //evil, and a newline in a Location header is a 500 (or header injection).
const UNSAFE_IN_NEXT = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\]/u;

/**
 * The post-sign-in destination if `next` is a same-origin path, normalised by the WHATWG URL
 * parser (dot segments resolved, non-ASCII percent-encoded), else null (no open redirect).
 * @example parseNext('/applications?x=1') // '/applications?x=1'
 * @example parseNext('/\t/evil.example') // null
 */
export function parseNext(next: unknown): string | null {
  if (typeof next !== 'string' || next.length > MAX_NEXT_LENGTH) return null;
  if (!next.startsWith('/') || UNSAFE_IN_NEXT.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, NEXT_BASE);
  } catch {
    return null;
  }
  if (url.origin !== NEXT_BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Note: "/..//evil" resolves to the path "//evil", which a browser reads as another host.
  return path.startsWith('//') ? null : path;
}

/** `next` if it is a safe destination (see parseNext), else `fallback`. */
export function safeNext(next: unknown, fallback = '/account'): string {
  return parseNext(next) ?? fallback;
}

/** A `next` field or query value: a safe path, or undefined when absent or refused. */
export const ZNext = z
  .unknown()
  .optional()
  .transform((v) => parseNext(v) ?? undefined);

export const ZSignUpForm = z.object({
  displayName: zText({ error: 'errors.name_required' })
    .trim()
    .min(1, { error: 'errors.name_required' })
    .max(200, { error: 'errors.name_too_long' }),
  email: ZEmail,
  password: ZNewPassword,
  locale: ZLocaleField,
});
export type TSignUpForm = z.infer<typeof ZSignUpForm>;

export const ZSignInForm = z.object({
  email: ZEmail,
  password: z
    .string({ error: 'errors.password_required' })
    .min(1, { error: 'errors.password_required' })
    .max(1024),
  next: ZNext,
});

export const ZSignInQuery = z.object({ next: ZNext });

export const ZForgotPasswordForm = z.object({ email: ZEmail });

export const ZResetPasswordForm = z.object({
  token: z.string().min(1).max(200),
  password: ZNewPassword,
});

export const ZTokenQuery = z.object({ token: z.string().min(1).max(200) });

export const ZLanguageForm = z.object({ locale: ZLocaleField });
