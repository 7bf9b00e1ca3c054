import { z } from 'zod';

import { ZText } from '@/contracts/text.schema';

// The repositories answer "not found" for anything but a uuid's shape; so does the route.
const ZId = z.string().regex(/^[0-9a-f-]{36}$/i);

/**
 * A notice flag the app puts in its own redirects (`?withdrawn=1`): any other value shows no
 * notice rather than an error, as a stale or edited link is harmless.
 */
export const ZNoticeFlag = z.literal('1').optional().catch(undefined);

export const ZApplicationParams = z.object({ id: ZId });
export const ZSectionParams = z.object({ id: ZId, section: z.string().min(1).max(20) });
export const ZResumeParams = z.object({ token: z.string().min(10).max(100) });

/** `GET /applications/:id?withdrawn=1` */
export const ZOverviewQuery = z.object({ withdrawn: ZNoticeFlag });
/** `GET /applications/:id/sections/:section?kept=1` (answers kept over a sign-in) */
export const ZSectionQuery = z.object({ kept: ZNoticeFlag });
/** `GET /applications/:id/status?submitted=1` */
export const ZStatusQuery = z.object({ submitted: ZNoticeFlag });

/** `POST /applications`: start an application for a call's track. */
export const ZStartForm = z.object({
  callId: ZText.min(1).max(100),
  track: ZText.min(1).max(40),
});

/** A section posted without JavaScript: every string field but the CSRF token, as typed. */
export function sectionFields(body: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries((body ?? {}) as Record<string, unknown>).filter(
      (e): e is [string, string] => e[0] !== '_csrf' && typeof e[1] === 'string',
    ),
  );
}
