// What `npm start` prints once the system is up: where it runs, where mail goes, and — only when
// the database holds the demo — the demo's users and which of its calls are open today.
import type { TEnv } from './config/env';
import { DEMO_PASSWORD, DEMO_USERS } from './db/seed/demo-data';
import { DEMO_AUTHORITY } from './db/seed/demo-screening';
import { getProgram, PROGRAM_IDS } from './domain/programs';
import type { TDeps } from './services/context';
import { describeDemo } from './services/demo/describe-demo';

/** The banner's lines. Nothing in it claims more than the database holds today. */
export async function startupBanner(deps: TDeps, env: TEnv): Promise<string> {
  const base = `http://localhost:${env.PORT}`;
  const isPostgres = deps.database.kind === 'postgres';
  const lines = [
    '',
    `Jiangxue is running at ${base} (${isPostgres ? 'PostgreSQL' : `PGlite in ${env.DATA_DIR}`})`,
    env.SMTP_URL
      ? `Mail goes through ${new URL(env.SMTP_URL).host}`
      : `No SMTP_URL: emails are kept in the admin mailbox at ${base}/admin/mailbox`,
  ];
  const demo = await describeDemo(deps);
  if (!demo) {
    if (env.DEMO_DATA)
      lines.push('', 'DEMO_DATA is on, but the database already had data: no demo was loaded.');
    return `${lines.join('\n')}\n`;
  }
  const open = demo.calls.filter((c) => c.state === 'open');
  lines.push('', `Demo data, loaded on ${demo.seededOn} (its calls were planned from that day).`);
  if (open.length) {
    lines.push('Calls open today (each deadline at 24:00 Beijing time):');
    for (const c of open) lines.push(`  ${c.id.padEnd(20)} until ${c.closesOn}`);
  }
  const missing = PROGRAM_IDS.filter((id) => !open.some((c) => c.programId === id));
  if (missing.length)
    lines.push(
      `No call open today for ${missing.map((id) => getProgram(id).shortName.en).join(', ')}: the demo has aged. ` +
        (isPostgres
          ? 'Start on an empty database for a fresh one.'
          : `Stop the server and delete ${env.DATA_DIR} for a fresh one.`),
    );
  lines.push('', `Demo users (password for all: ${DEMO_PASSWORD}):`);
  for (const u of DEMO_USERS) lines.push(`  ${u.role.padEnd(18)} ${u.email}`);
  // R-CSC-APPLY: the demo's dispatching authority, scoped to its country and agency number.
  lines.push(
    `  dispatching_authority ${DEMO_AUTHORITY.email} (${DEMO_AUTHORITY.countryCode}, agency ${DEMO_AUTHORITY.agencyNumber})`,
  );
  return `${lines.join('\n')}\n`;
}
