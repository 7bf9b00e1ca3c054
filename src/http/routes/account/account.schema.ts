import { z } from 'zod';

import { zText, ZText } from '@/contracts/text.schema';

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
  next: ZText.optional(),
});

export const ZForgotPasswordForm = z.object({ email: ZEmail });

export const ZResetPasswordForm = z.object({
  token: z.string().min(1).max(200),
  password: ZNewPassword,
});

export const ZTokenQuery = z.object({ token: z.string().min(1).max(200) });

export const ZLanguageForm = z.object({ locale: ZLocaleField });

/** Only same-site paths may be a post-sign-in destination (no open redirect). */
export function safeNext(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return '/account';
  return next;
}
