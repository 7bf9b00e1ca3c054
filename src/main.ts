// `npm start`: the whole system on one process — web app and job workers — on PGlite in
// ./data, or on PostgreSQL when DATABASE_URL is set.
import { loadEnv } from './config/env';
import { startServer } from './start-server';
import { startupBanner } from './startup-banner';

const env = loadEnv();
const system = await startServer({ env });
console.log(await startupBanner(system.deps, env));

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
