import { createFinder, type TFinder } from '@/domain/eligibility/find-eligibility';
import type { TFinderProfile, TFinderResult } from '@/domain/eligibility/types';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { finderSettingsFor } from './finder-settings';
import { publishedCalls, type TPublishedCall } from './published-calls';

// Building a finder turns every call window into instants (time-zone work); answering a
// profile is cheap. Finders are kept per list of published calls (a new list after any
// officer's change) and per what picks the settings: intake year, host and — for CSC's
// dispatching authorities — the nationality, when one has an agency.
const MAX_FINDERS = 256;
const finders = new WeakMap<readonly TPublishedCall[], Map<string, TFinder>>();

/** The finder over these calls for what picks its settings (kept, see above). */
export function finderFor(
  calls: readonly TPublishedCall[],
  q: { intakeYear: number; host: string | null; nationality: string },
): TFinder {
  let byKey = finders.get(calls);
  if (!byKey) {
    byKey = new Map();
    finders.set(calls, byKey);
  }
  const hasAgency = calls.some((c) => c.settings.agencies.some((a) => a.country === q.nationality));
  const key = `${q.intakeYear}|${q.host ?? ''}|${hasAgency ? q.nationality : ''}`;
  let finder = byKey.get(key);
  if (!finder) {
    if (byKey.size >= MAX_FINDERS) byKey.clear();
    finder = createFinder(finderSettingsFor(calls, q));
    byKey.set(key, finder);
  }
  return finder;
}

/**
 * "Which scholarships can I get": the finder over the published calls as officers set them,
 * so an edited deadline or birth-date limit counts at once.
 */
export async function findScholarships(
  deps: TDeps,
  actor: TActor,
  profile: TFinderProfile,
): Promise<TFinderResult> {
  requireAccess(actor, 'public.view');
  const calls = await publishedCalls(deps.database);
  return finderFor(calls, {
    intakeYear: profile.intakeYear,
    host: profile.host,
    nationality: profile.nationality,
  })(profile);
}
