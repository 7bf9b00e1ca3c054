import type PgBoss from 'pg-boss';
import { z } from 'zod';

import type { TDeps } from '@/services/context';

import { sweepUploads } from './sweep-uploads.handler';

/** Stable job id and versioned payload (STYLE habit 13). The handler is idempotent. */
export const SWEEP_UPLOADS_JOB = 'uploads.sweep';
export const ZSweepUploadsPayload = z.object({ version: z.literal(1) });
export type TSweepUploadsPayload = z.infer<typeof ZSweepUploadsPayload>;

/** Every hour: an abandoned upload waits at most 25 hours before it is removed. */
export const SWEEP_UPLOADS_CRON = '17 * * * *';

/** Registers the hourly sweep of abandoned resumable uploads on a started pg-boss. */
export async function scheduleSweepUploads(boss: PgBoss, deps: TDeps): Promise<void> {
  await boss.createQueue(SWEEP_UPLOADS_JOB, {
    name: SWEEP_UPLOADS_JOB,
    policy: 'short',
    retryLimit: 3,
  });
  await boss.schedule(SWEEP_UPLOADS_JOB, SWEEP_UPLOADS_CRON, { version: 1 });
  await boss.work(SWEEP_UPLOADS_JOB, async ([job]) => {
    await sweepUploads(deps, ZSweepUploadsPayload.parse(job?.data ?? { version: 1 }));
  });
}
