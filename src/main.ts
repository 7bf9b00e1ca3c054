// `npm start`: the whole system on one process — web app and job workers — on PGlite in
// ./data, or on PostgreSQL when DATABASE_URL is set.
import { loadEnv } from './config/env';
import { DEMO_PASSWORD, DEMO_USERS } from './db/seed/demo-data';
import { startServer } from './start-server';

const env = loadEnv();
const system = await startServer({ env });
const base = `http://localhost:${env.PORT}`;
const lines = [
  '',
  `Jiangxue is running at ${base} (${system.deps.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${env.DATA_DIR}`})`,
  env.SMTP_URL
    ? `Mail goes through ${new URL(env.SMTP_URL).host}`
    : `No SMTP_URL: emails are kept in the admin mailbox at ${base}/admin/mailbox`,
];
if (env.DEMO_DATA) {
  lines.push('', `Demo users (password for all: ${DEMO_PASSWORD}):`);
  for (const u of DEMO_USERS) lines.push(`  ${u.role.padEnd(18)} ${u.email}`);
}
console.log(lines.join('\n') + '\n');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`${signal}: finishing requests in flight, then stopping`);
    system.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}
