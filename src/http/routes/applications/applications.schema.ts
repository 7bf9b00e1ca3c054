import { z } from 'zod';

/** A flag in the query (`?saved=1`): present and not empty. */
const ZFlag = z
  .unknown()
  .optional()
  .transform((v) => Boolean(v));

export const ZStartForm = z.object({
  callId: z.string().min(1).max(100),
  track: z.string().min(1).max(40),
});

export const ZApplicationParams = z.object({ id: z.string().max(40) });

export const ZSectionParams = z.object({ id: z.string().max(40), section: z.string().max(20) });

/** A field (or a few) saved as it is typed: JSON, with the CSRF token in a header. */
export const ZAutosave = z.object({
  section: z.string().max(20),
  fields: z.record(z.string().max(60), z.string().max(70_000)),
});

export const ZResumeParams = z.object({ token: z.string().min(10).max(100) });

export const ZOverviewQuery = z.object({ withdrawn: ZFlag });
export const ZSectionQuery = z.object({ kept: ZFlag });
export const ZStatusQuery = z.object({ submitted: ZFlag });

/** A section posted without JavaScript: every string field but the CSRF token, as typed. */
export function sectionFields(body: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries((body ?? {}) as Record<string, unknown>).filter(
      (e): e is [string, string] => e[0] !== '_csrf' && typeof e[1] === 'string',
    ),
  );
}
