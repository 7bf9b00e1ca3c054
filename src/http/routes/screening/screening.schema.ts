import { z } from 'zod';

import { TEXT_CONTROL_ERROR, zText } from '@/contracts/text.schema';
import type { TTypedText } from '@/services/screening/screening-result';

/** `/staff/screening/:id…` and `/staff/nominations/:id…`: an application id (uuid). */
export const ZScreeningParams = z.object({ id: z.uuid() });

const optional = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => (v ? v : undefined))
  .catch(undefined);

/** `GET /staff/screening?program=&call=&status=`: unknown values filter nothing. */
export const ZScreeningQuery = z.object({
  program: optional,
  call: optional,
  status: optional,
  done: z.enum(['decided', 'incomplete', 'returned', 'passed']).optional().catch(undefined),
});

/** `GET /staff/nominations?state=` (awaiting, nominated, declined; anything else: all). */
export const ZNominationsQuery = z.object({
  state: optional,
  done: z.enum(['nominated', 'declined']).optional().catch(undefined),
});

/** A written reason or note: required, 3 to 2000 characters, no control characters. */
export const ZScreeningNote = zText({ kind: 'multiline' }).trim().min(3).max(2000);

/** The decision buttons of a point's form. */
export const ZPointDecision = z.enum(['confirmed', 'overridden', 'waived']);
export const ZNominationDecision = z.enum(['nominated', 'declined']);

/** What the forms post, read leniently: each field is kept as typed, to show again. */
export function formValues(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (body && typeof body === 'object')
    for (const [k, v] of Object.entries(body as Record<string, unknown>))
      if (typeof v === 'string' && k !== '_csrf') out[k] = v;
  return out;
}

/**
 * A note as typed: valid, or the message key to show beside its field (an invisible control
 * character has its own message; anything else asks for a reason of the right length).
 */
export function noteOf(
  value: string | undefined,
  requiredKey = 'screening.error_note_required',
): TTypedText {
  const parsed = ZScreeningNote.safeParse(value ?? '');
  if (parsed.success) return { ok: true, value: parsed.data };
  const isControl = parsed.error.issues.some((i) => i.message === TEXT_CONTROL_ERROR);
  return { ok: false, messageKey: isControl ? TEXT_CONTROL_ERROR : requiredKey };
}
