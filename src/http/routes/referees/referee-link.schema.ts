import { z } from 'zod';

import { zText, ZMultilineText } from '@/contracts/text.schema';

/** Beyond this a written letter is refused (about 15 pages of text; a PDF has no such limit). */
export const MAX_LETTER_CHARACTERS = 30_000;

export const ZLinkParams = z.object({ token: z.string().min(1).max(100) });

// Messages are i18n keys: the route translates them into the referee's language.
export const ZLetterForm = z.object({
  letter: zText({ kind: 'multiline', error: 'errors.letter_required' })
    .trim()
    .min(1, { error: 'errors.letter_required' })
    .max(MAX_LETTER_CHARACTERS, { error: 'errors.letter_too_long' }),
});

export const ZDeclineForm = z.object({
  reason: ZMultilineText.trim()
    .max(2_000, { error: 'errors.decline_reason_too_long' })
    .optional()
    .default(''),
});
