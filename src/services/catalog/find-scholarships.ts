import { createFinder } from '@/domain/eligibility/find-eligibility';
import type { TFinderProfile, TFinderResult } from '@/domain/eligibility/types';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { finderSettingsFor } from './finder-settings';
import { publishedCalls } from './published-calls';

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
  const settings = finderSettingsFor(calls, {
    intakeYear: profile.intakeYear,
    host: profile.host,
    nationality: profile.nationality,
  });
  return createFinder(settings)(profile);
}
