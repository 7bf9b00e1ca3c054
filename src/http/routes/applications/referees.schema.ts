import { z } from 'zod';

import { zText } from '@/contracts/text.schema';

// Messages are i18n keys: the route translates them into the applicant's language.
function text(requiredKey: string) {
  return zText({ error: requiredKey })
    .trim()
    .min(1, { error: requiredKey })
    .max(200, { error: 'errors.referee_too_long' });
}

export const ZRefereeForm = z.object({
  name: text('errors.referee_name_required'),
  title: text('errors.referee_title_required'),
  institution: text('errors.referee_institution_required'),
  email: z
    .string({ error: 'errors.referee_email_required' })
    .trim()
    .min(1, { error: 'errors.referee_email_required' })
    .max(254, { error: 'errors.email_invalid' })
    .pipe(z.email({ error: 'errors.email_invalid' })),
  locale: z.enum(['en', 'zh-CN'], { error: 'errors.referee_locale_required' }),
});
export type TRefereeForm = z.infer<typeof ZRefereeForm>;

export const ZApplicationParams = z.object({ id: z.string().min(1).max(100) });
export const ZRefereeParams = z.object({
  id: z.string().min(1).max(100),
  refereeId: z.string().min(1).max(100),
});

/** `?done=` after a change: which confirmation the page shows. */
export const ZDoneQuery = z.object({
  done: z.enum(['invited', 'resent', 'replaced']).optional().catch(undefined),
});
