// Issue 6 budget: a 20 MB upload over a link throttled to 750 kbit/s up with 150 ms latency and
// five forced disconnects completes with the right SHA-256, re-sending at most 5 MiB in total.
// The real app (every plugin, hook and route, PGlite in memory, documents on local disk) listens
// on 127.0.0.1; tus-js-client in Node uploads through a throttling TCP proxy written for this
// (src/test-support/throttled-proxy.ts) that cuts every connection at 1/6 … 5/6 of the file.
// Takes about four minutes. Run alone: `npx tsx bench/upload-resume.bench.ts`
// (UPLOAD_BENCH_KBITS=4000 runs the same at a faster link, for a quick look).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { migrateDatabase, openDatabase } from '@/db/client';
import { listApplicationDocuments } from '@/db/repositories/document.repository';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import {
  csrfFrom,
  makePdf,
  sha256,
  uploadWithTus,
} from '@/http/routes/applications/documents.fixture';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { Browser, createTestApp } from '@/test-support/test-app';
import { testEnv } from '@/test-support/test-deps';
import { startThrottledProxy } from '@/test-support/throttled-proxy';

const MiB = 1024 * 1024;
const SIZE = 20 * MiB;
const KBITS = Number(process.env.UPLOAD_BENCH_KBITS ?? 750);
const LATENCY_MS = 150;
const DISCONNECTS = 5;
const RESENT_BUDGET = 5 * MiB;
/** As upload.js does in the browser: 5 MiB PATCHes, retries for minutes. */
const CHUNK = 5 * MiB;
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000];

const storageDir = mkdtempSync(join(tmpdir(), 'jx-upload-bench-'));
const database = await openDatabase({ dataDir: null });
await migrateDatabase(database);
const t = await createTestApp(database, {
  seed: true,
  env: testEnv({ STORAGE_DIR: storageDir, RATE_LIMIT_PER_MINUTE: '100000' }),
});
const userId = (
  await createApplicant(database.db, t.clock.now(), { email: 'applicant@demo.jiangxue.test' })
).userId;
const app = await createApplication(database.db, t.clock.now(), { userId: userId, hostId: 'UCAS' });
const browser = new Browser(t.app);
await browser.signIn('applicant@demo.jiangxue.test', DEMO_PASSWORD);
const csrf = await csrfFrom(browser, `/applications/${app.id}/documents`);
await t.app.listen({ port: 0, host: '127.0.0.1' });
const address = t.app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const file = await makePdf(4, SIZE);
const cutsAt = Array.from({ length: DISCONNECTS }, (_, i) =>
  Math.round(((i + 1) * SIZE) / (DISCONNECTS + 1)),
);
let cuts = 0;
const proxy = await startThrottledProxy({
  targetPort: port,
  upBytesPerSecond: (KBITS * 1000) / 8,
  latencyMs: LATENCY_MS,
  onUp: (sent) => {
    if (cuts < cutsAt.length && sent >= cutsAt[cuts]!) {
      cuts++;
      proxy.cutAll();
    }
  },
});

console.log(
  `upload-resume: ${SIZE / MiB} MiB PDF, ${KBITS} kbit/s up, +${LATENCY_MS} ms latency, ` +
    `${DISCONNECTS} forced disconnects, tus-js-client chunks of ${CHUNK / MiB} MiB`,
);
const started = performance.now();
let lastReport = 0;
let failure: unknown = null;
try {
  await uploadWithTus(file, {
    endpoint: `http://127.0.0.1:${proxy.port}/uploads`,
    headers: { cookie: browser.cookieHeader(), 'x-csrf-token': csrf },
    metadata: { applicationId: app.id, slot: 'transcripts', filename: 'transcripts.pdf' },
    chunkSize: CHUNK,
    retryDelays: RETRY_DELAYS,
    onProgress: (sent) => {
      const s = (performance.now() - started) / 1000;
      if (s - lastReport >= 30) {
        lastReport = s;
        console.log(
          `  ${s.toFixed(0)} s: ${(sent / MiB).toFixed(1)} MiB sent, ${cuts} disconnects so far`,
        );
      }
    },
  });
} catch (err) {
  failure = err;
}
const seconds = (performance.now() - started) / 1000;

const [doc] = await listApplicationDocuments(database.db, app.id);
const download = doc ? await browser.get(`/applications/${app.id}/documents/${doc.id}`) : null;
const isShaOk =
  !!doc &&
  doc.sha256 === sha256(file) &&
  !!download &&
  sha256(download.rawPayload) === sha256(file);
// Re-sent, counted where the client sent it: everything it pushed into the link beyond the file
// (bytes lost in flight at each cut, bytes sent again after it, and HTTP headers).
const resent = proxy.bytesFromClients - SIZE;
const isOk = failure === null && isShaOk && cuts === DISCONNECTS && resent <= RESENT_BUDGET;

console.log(`disconnects forced:    ${cuts} of ${DISCONNECTS}`);
console.log(
  `SHA-256 matches:       ${isShaOk ? 'yes' : 'NO'} (stored row and downloaded bytes vs the file sent)`,
);
console.log(
  `bytes sent by client:  ${(proxy.bytesFromClients / MiB).toFixed(3)} MiB for ${SIZE / MiB} MiB: ` +
    `${(resent / MiB).toFixed(3)} MiB re-sent incl. headers (budget ≤ ${RESENT_BUDGET / MiB} MiB)`,
);
console.log(`bytes past the link:   ${(proxy.bytesUp / MiB).toFixed(3)} MiB reached the server`);
console.log(
  `elapsed:               ${seconds.toFixed(1)} s (the link alone needs ${((SIZE * 8) / (KBITS * 1000)).toFixed(1)} s)`,
);
if (failure) console.log(`upload failed: ${String(failure)}`);
console.log(isOk ? 'within budget' : 'OVER BUDGET or failed');

await proxy.close();
await t.app.close();
await database.close();
rmSync(storageDir, { recursive: true, force: true });
process.exit(isOk ? 0 : 1);
