import { defaultCallSettings, type TFinderSettings } from '@/domain/programs/call-settings';
import { PROGRAM_IDS, type TProgramId } from '@/domain/programs';

import type { TPublishedCall } from './published-calls';

/**
 * The published call that answers for a program, for an applicant's intake year and host:
 * the host's own call, else a call for every host, else — when the applicant has not chosen a
 * host — any of that year's calls if they all share one window (CAS-ANSO's UCAS and USTC
 * calls usually do).
 */
export function callFor(
  calls: readonly TPublishedCall[],
  programId: TProgramId,
  q: { intakeYear: number; host: string | null },
): TPublishedCall | null {
  const same = calls.filter((c) => c.programId === programId && c.intakeYear === q.intakeYear);
  return (
    same.find((c) => c.hostId !== null && c.hostId === q.host) ??
    same.find((c) => c.hostId === null) ??
    (q.host === null &&
    same.every((c) => c.opensOn === same[0]?.opensOn && c.closesOn === same[0]?.closesOn)
      ? (same[0] ?? null)
      : null)
  );
}

/**
 * Finder settings from the published calls (officers' values over the program defaults). A
 * program with no published call that year has no window (the finder reports `call: null`);
 * for CSC, the window of the dispatching authority of the applicant's nationality wins
 * (R-CSC-APPLY).
 */
export function finderSettingsFor(
  calls: readonly TPublishedCall[],
  q: { intakeYear: number; host: string | null; nationality: string },
): TFinderSettings {
  const out = {} as Record<TProgramId, TFinderSettings[TProgramId]>;
  for (const id of PROGRAM_IDS) {
    const defaults = defaultCallSettings(id, { intakeYear: q.intakeYear, host: q.host });
    const call = callFor(calls, id, q);
    if (!call) {
      out[id] = { ...defaults, opensOn: null, closesOn: null };
      continue;
    }
    const agency =
      id === 'csc' ? call.settings.agencies.find((a) => a.country === q.nationality) : undefined;
    const bornOnOrAfter = { ...defaults.bornOnOrAfter, ...call.settings.bornOnOrAfter };
    out[id] = {
      ...defaults,
      host: call.hostId,
      opensOn: agency?.opensOn ?? call.opensOn,
      closesOn: agency?.closesOn ?? call.closesOn,
      quotas: { ...defaults.quotas, ...call.settings.quotas },
      bornOnOrAfter,
      ageOn: call.settings.ageOn ?? defaults.ageOn,
    };
  }
  return out;
}
