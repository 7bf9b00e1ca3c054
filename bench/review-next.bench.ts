// Issue 11 budget — a reviewer moving to the next application: ≤ 300 ms server time at p95
// with 50 reviewers working at once, on PostgreSQL.
//
// The real app (createTestApp: every plugin, hook and route) on PostgreSQL — TEST_DATABASE_URL,
// or a throwaway cluster from scripts/pg-temp.mjs when it is unset. One PIFI panel of 250
// submitted applications (profiles, a referee each) and 50 reviewers who have declared their
// conflicts, each assigned 25 applications (5 reviews an application). The 50 sign in, then all
// at once each walks their queue through the real route: from the first application along the
// "next" links to the last, then back along "previous" (48 moves each, 2,400 in all), each the
// full review page (membership, declaration, queue with conflicts, application, documents,
// review, neighbours). Closed model, no think time: a harder load than 50 people reading.
// Time is measured per request around app.inject: in process there is no network, so it is
// the server's time, queueing behind the other 49 included. A warm-up pass is not counted.
// Run twice: with no pause between moves (50 requests always in flight), and with a pause of
// 0.5–1.5 s (see below); the goal is printed against both.
// `npm run bench -- review-next`.
import { performance } from 'node:perf_hooks';

import { eq } from 'drizzle-orm';

import { panelMembers } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { hashPassword } from '@/services/accounts/secrets';
import { addMember, createPanel } from '@/services/review/panel.fixture';
import {
  addApplicant,
  assignReview,
  createReviewerAccount,
} from '@/services/reviewing/reviewing.fixture';
import { Browser, createTestApp } from '@/test-support/test-app';

import { startTempPostgres } from './support/deadline-rush/pg-temp';

const REVIEWERS = 50;
const APPLICATIONS = 250;
const PER_REVIEWER = 25;
const P95_GOAL_MS = 300;

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  let temp: Awaited<ReturnType<typeof startTempPostgres>> = null;
  if (!process.env.TEST_DATABASE_URL) {
    temp = await startTempPostgres(() => {});
    if (!temp) throw new Error('no PostgreSQL binaries: set TEST_DATABASE_URL');
    process.env.TEST_DATABASE_URL = temp.url;
  }
  process.env.JX_TEST_DB = 'postgres';
  const { openTestDatabase } = await import('@/test-support/test-database');
  const database = await openTestDatabase();
  try {
    const t = await createTestApp(database, { seed: true });
    const db = database.db;
    const now = t.clock.now();
    const { calls } = await import('@/db/schema');
    const [pifi] = await db.select().from(calls).where(eq(calls.programId, 'pifi'));
    const panelId = (
      await createPanel(db, now, {
        callId: pifi!.id,
        track: 'fellow',
        name: 'Bench panel',
        reviewsDueAt: new Date(now.getTime() + 7 * 86_400_000),
      })
    ).id;
    const setupStart = performance.now();
    const apps: string[] = [];
    for (let i = 0; i < APPLICATIONS; i++)
      apps.push(
        await addApplicant(db, now, {
          panelId,
          callId: pifi!.id,
          email: `bench-app-${i}@uni-${i % 40}.edu`,
          familyName: `Bench${String(i).padStart(4, '0')}`,
          answers: { education: { edu_0_institution: `University ${i % 40}`, edu_0_to: '' } },
        }),
      );
    const hash = await hashPassword(DEMO_PASSWORD);
    const members: { email: string; memberId: string }[] = [];
    for (let r = 0; r < REVIEWERS; r++) {
      const email = `bench-reviewer-${r}@institute-${r}.cn`;
      const userId = await createReviewerAccount(db, now, { email, passwordHash: hash });
      const m = await addMember(db, now, panelId, {
        email,
        institution: `Institute ${r}`,
        userId,
      });
      await db
        .update(panelMembers)
        .set({ conflictsDeclaredAt: now })
        .where(eq(panelMembers.id, m.id));
      for (let k = 0; k < PER_REVIEWER; k++)
        await assignReview(db, now, panelId, apps[(r * 5 + k * 10) % APPLICATIONS]!, m.id);
      members.push({ email, memberId: m.id });
    }
    console.log(
      `setup: ${APPLICATIONS} applications, ${REVIEWERS} reviewers × ${PER_REVIEWER} in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`,
    );
    const browsers: Browser[] = [];
    // Each reviewer from their own address, as 50 people are (the per-address rate limit).
    for (const [i, m] of members.entries()) {
      const b = new Browser(t.app, { ip: `10.1.${Math.floor(i / 200)}.${(i % 200) + 1}` });
      const res = await b.signIn(m.email, DEMO_PASSWORD);
      if (res.statusCode !== 303) throw new Error(`sign-in ${res.statusCode}`);
      browsers.push(b);
    }
    const first = async (b: Browser) => {
      const queue = await b.get(`/review/panels/${panelId}`);
      const m = /href="(\/review\/panels\/[^"]+\/applications\/[^"]+)"/.exec(queue.body);
      if (!m) throw new Error('empty queue');
      return m[1]!;
    };
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const walk = async (b: Browser, times: number[] | null, thinkMs = 0) => {
      let url: string | null = await first(b);
      let pages = 0;
      for (const rel of ['next', 'prev'] as const) {
        for (;;) {
          const started = performance.now();
          const res = await b.get(url!);
          const ms = performance.now() - started;
          if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}`);
          pages++;
          if (times && pages > 1) times.push(ms);
          const m = new RegExp(`href="([^"]+)" rel="${rel}"`).exec(res.body);
          if (!m) break;
          url = m[1]!;
          if (thinkMs > 0) await pause(thinkMs * (0.5 + Math.random()));
        }
      }
      return pages;
    };
    await Promise.all(browsers.slice(0, 5).map((b) => walk(b, null)));
    // Two phases: no pause at all (every reviewer's next request leaves as soon as the last
    // page arrives: 50 requests always in flight, a stress far above 50 people reading), then
    // a pause of 0.5–1.5 s between moves (a reviewer skimming, still faster than anyone scores).
    for (const [label, thinkMs] of [
      ['no pause', 0],
      ['0.5–1.5 s between moves', 1000],
    ] as const) {
      const times: number[] = [];
      const wall = performance.now();
      await Promise.all(browsers.map((b) => walk(b, times, thinkMs)));
      const seconds = (performance.now() - wall) / 1000;
      times.sort((a, b) => a - b);
      const p50 = pct(times, 50);
      const p95 = pct(times, 95);
      console.log(`-- ${label}`);
      console.log(
        `moves measured: ${times.length} by ${REVIEWERS} reviewers at once in ${seconds.toFixed(1)} s (${(times.length / seconds).toFixed(0)} pages/s)`,
      );
      console.log(`server time p50: ${p50.toFixed(1)} ms`);
      console.log(
        `server time p95: ${p95.toFixed(1)} ms (goal ≤ ${P95_GOAL_MS} ms)${p95 > P95_GOAL_MS ? ' MISSED' : ''}`,
      );
      console.log(`server time max: ${times.at(-1)!.toFixed(1)} ms`);
    }
    await t.app.close();
  } finally {
    await database.drop();
    temp?.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
