import PgBoss from 'pg-boss';

import type { TDeps } from '@/services/context';

import { deliverMail } from './deliver-mail.handler';
import { DELIVER_MAIL_JOB, ZDeliverMailPayload } from './deliver-mail.job';
import { scheduleRemindReferees } from './remind-referees.job';
import { scheduleRemindReviewers } from './remind-reviewers.job';
import { scheduleSweepUploads } from './sweep-uploads.job';

export type TJobs = { nudgeMail: () => void; stop: () => Promise<void> };

/**
 * Starts pg-boss on the app's database (PostgreSQL through its own pool, PGlite through the
 * `db` adapter) and the mail worker. Any number of servers may run workers: pg-boss and the
 * outbox's SKIP LOCKED claims keep each email sent once.
 */
export async function startJobs(
  deps: TDeps,
  log: (msg: string, err?: unknown) => void,
): Promise<TJobs> {
  const { database } = deps;
  const boss =
    database.kind === 'postgres' && database.url
      ? new PgBoss({ connectionString: database.url, max: 4 })
      : new PgBoss({ db: { executeSql: database.executeSql } });
  boss.on('error', (err) => log('pg-boss error', err));
  await boss.start();
  // 'short' keeps at most one queued delivery: a burst of sign-ups makes one pass, not a thousand.
  await boss.createQueue(DELIVER_MAIL_JOB, {
    name: DELIVER_MAIL_JOB,
    policy: 'short',
    retryLimit: 3,
  });
  // The minute schedule picks up retries whose wait has passed.
  await boss.schedule(DELIVER_MAIL_JOB, '* * * * *', { version: 1 });
  await boss.work(DELIVER_MAIL_JOB, { pollingIntervalSeconds: 1 }, async ([job]) => {
    ZDeliverMailPayload.parse(job?.data ?? { version: 1 });
    await deliverMail(deps);
  });
  await boss.send(DELIVER_MAIL_JOB, { version: 1 });
  await scheduleRemindReferees(boss, deps);
  await scheduleRemindReviewers(boss, deps);
  await scheduleSweepUploads(boss, deps);
  return {
    nudgeMail: () => {
      boss
        .send(DELIVER_MAIL_JOB, { version: 1 })
        .catch((err) => log('could not queue mail delivery', err));
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
