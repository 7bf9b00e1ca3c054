import type PgBoss from 'pg-boss';
import { z } from 'zod';

import { BEIJING_ZONE } from '@/domain/dates';
import type { TDeps } from '@/services/context';

import { remindReviewers } from './remind-reviewers.handler';

/** Stable job id and versioned payload (STYLE habit 13). The handler is idempotent. */
export const REMIND_REVIEWERS_JOB = 'reviewers.remind';
export const ZRemindReviewersPayload = z.object({ version: z.literal(1) });

/** Every day at 09:00 Beijing time (R-GEN-TIME). */
export const REMIND_REVIEWERS_CRON = '0 9 * * *';

/**
 * Registers the daily reminder run of late reviewers. Running it twice, or on two servers at
 * once, sends nothing twice: each reminder claims its member's `reminded_at` in the
 * transaction that queues it.
 */
export async function scheduleRemindReviewers(boss: PgBoss, deps: TDeps): Promise<void> {
  await boss.createQueue(REMIND_REVIEWERS_JOB, {
    name: REMIND_REVIEWERS_JOB,
    policy: 'short',
    retryLimit: 3,
  });
  await boss.schedule(
    REMIND_REVIEWERS_JOB,
    REMIND_REVIEWERS_CRON,
    { version: 1 },
    { tz: BEIJING_ZONE },
  );
  await boss.work(REMIND_REVIEWERS_JOB, async ([job]) => {
    ZRemindReviewersPayload.parse(job?.data ?? { version: 1 });
    await remindReviewers(deps);
  });
}
