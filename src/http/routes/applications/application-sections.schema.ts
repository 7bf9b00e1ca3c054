import { z } from 'zod';

import { TEXT_CONTROL_ERROR, zText } from '@/contracts/text.schema';

// The answers of a section arrive as free text, whatever the field (a draft keeps what was
// typed, checked later against the program's form). Multi-line rules at the edge: tabs and
// line breaks are storable; the form definition's own check says which fields take them.
const ZAnswerText = zText({ kind: 'multiline' });

/** The fields of a section as the plain form posts them (the CSRF token left out). */
export const ZSectionFields = z.record(z.string(), ZAnswerText);

/** One field or a few as autosave sends them while the applicant types. */
export const ZAutosave = z.object({
  section: z.string().max(20),
  fields: z.record(z.string().max(60), ZAnswerText.max(70_000)),
});

/** The fields refused for a control character, found under `under` in the parsed value. */
export function refusedFields(error: z.ZodError, under: readonly PropertyKey[] = []): string[] {
  return error.issues
    .filter(
      (i) =>
        i.message === TEXT_CONTROL_ERROR &&
        i.path.length > under.length &&
        under.every((k, n) => i.path[n] === k),
    )
    .map((i) => String(i.path[under.length]));
}
