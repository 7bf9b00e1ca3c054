import { z } from 'zod';

import { hasForbiddenCharacter, type TTextKind } from '@/domain/text/control-characters';

// Every free-text field of every form and JSON contract starts from here, so U+0000 and the
// other control characters (domain/text/control-characters.ts says which, and why) are refused
// at the edge with the field's own message instead of failing in PostgreSQL as a 500.
// It lives in contracts because both src/http and the JSON contracts use it.

/** The i18n key of the refusal: forms show it beside the field in the user's language. */
export const TEXT_CONTROL_ERROR = 'errors.text_control_character';

/** The same refusal in the English of the CLI and /api/v1 contracts. */
export const CONTRACT_TEXT_CONTROL_ERROR =
  'Remove the control character (U+0000 to U+001F, or U+007F) or the broken character from this text';

/**
 * A free-text string. The check runs first and stops the chain, so a pasted NUL is reported as
 * such, not as "too long" or "required"; chain `.trim().min().max()` after it as usual.
 * @example zText({ error: 'errors.name_required' }).trim().min(1, { error: 'errors.name_required' })
 * @example zText({ kind: 'multiline' }).max(30_000) // a letter: TAB, LF and CR allowed
 */
export function zText(opts: { kind?: TTextKind; error?: string; controlError?: string } = {}) {
  const kind = opts.kind ?? 'line';
  return z
    .string(opts.error ? { error: opts.error } : undefined)
    .refine((value) => !hasForbiddenCharacter(value, kind), {
      error: opts.controlError ?? TEXT_CONTROL_ERROR,
      abort: true,
    });
}

/** One line of free text (names, titles, search words, ids typed or sent back). */
export const ZText = zText();
/** Several lines of free text (letters, reasons, addresses, study plans). */
export const ZMultilineText = zText({ kind: 'multiline' });
/** One line of free text in a JSON contract (English message). */
export const ZContractText = zText({ controlError: CONTRACT_TEXT_CONTROL_ERROR });
