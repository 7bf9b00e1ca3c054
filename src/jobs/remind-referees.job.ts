import type PgBoss from 'pg-boss';
import { z } from 'zod';

import { BEIJING_ZONE } from '@/domain/dates';
import type { TDeps } from '@/services/context';

import { remindReferees } from './remind-referees.handler';

/** Stable job id and versioned payload (STYLE habit 13). The handler is idempotent. */
export const REMIND_REFEREES_JOB = 'referees.remind';
export const ZRemindRefereesPayload = z.object({ version: z.literal(1) });
export type TRemindRefereesPayload = z.infer<typeof ZRemindRefereesPayload>;

/** Every day at 09:00 Beijing time (R-GEN-TIME), when referees in China start their day. */
export const REMIND_REFEREES_CRON = '0 9 * * *';

/**
 * Registers the daily reminder run on a started pg-boss. Running it twice, or on two servers at
 * once, sends nothing twice: each reminder is recorded on its referee (`reminded_at`) in the
 * transaction that queues it.
 */
export async function scheduleRemindReferees(boss: PgBoss, deps: TDeps): Promise<void> {
  await boss.createQueue(REMIND_REFEREES_JOB, {
    name: REMIND_REFEREES_JOB,
    policy: 'short',
    retryLimit: 3,
  });
  await boss.schedule(
    REMIND_REFEREES_JOB,
    REMIND_REFEREES_CRON,
    { version: 1 },
    {
      tz: BEIJING_ZONE,
    },
  );
  await boss.work(REMIND_REFEREES_JOB, async ([job]) => {
    ZRemindRefereesPayload.parse(job?.data ?? { version: 1 });
    await remindReferees(deps);
  });
}
