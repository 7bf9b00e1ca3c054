import type { Browser } from 'playwright-core';

import { AxeAudit } from './axe';
import { launchChromium } from './browser';
import { startE2eSystem, type TE2eSystem } from './system';

export type TJourney = { system: TE2eSystem; browser: Browser; audit: AxeAudit };

/**
 * What every journey starts with: the whole system on a demo created at `seededAt`, a
 * Chromium, and the axe audit — started side by side; whatever started is stopped again if the
 * other fails, so a failed start leaves nothing running.
 */
export async function startJourney(seededAt: Date): Promise<TJourney> {
  const [started, launched] = await Promise.allSettled([
    startE2eSystem({}, { seededAt }),
    launchChromium(),
  ]);
  if (started.status === 'rejected' || launched.status === 'rejected') {
    if (launched.status === 'fulfilled') await launched.value.close();
    if (started.status === 'fulfilled') await started.value.stop();
    throw started.status === 'rejected'
      ? started.reason
      : (launched as PromiseRejectedResult).reason;
  }
  return { system: started.value, browser: launched.value, audit: new AxeAudit(launched.value) };
}

/** Stops what `startJourney` started and prints the audit's summary of every page checked. */
export async function stopJourney(journey: Partial<TJourney>): Promise<void> {
  await journey.audit?.close();
  await journey.browser?.close();
  await journey.system?.stop();
  if (journey.audit?.reports.length)
    console.log(`axe-core on every page of the journey:\n${journey.audit.summary()}`);
}
