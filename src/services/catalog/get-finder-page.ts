import { beijingDateOf, type TPlainDate } from '@/domain/dates';
import type { TFinderProfile, TFinderResult } from '@/domain/eligibility/types';
import type { TLocalized } from '@/domain/programs';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { finderFor } from './find-scholarships';
import { publishedCalls, type TPublishedCall } from './published-calls';

/** What the finder's form offers, from the published calls on one Beijing day. */
export type TFinderOptions = {
  today: TPlainDate;
  /** Years with an open call, this year and next, in order. */
  intakeYears: number[];
  /** The earliest year with an open call, else next year. */
  defaultYear: number;
  hosts: { id: string; name: TLocalized }[];
};

export type TFinderPage = {
  /** The same object until the published calls or the day change: the pages' data version. */
  options: TFinderOptions;
  /** The finder's answer when a profile was asked about, else null. */
  result: TFinderResult | null;
};

// Note: performance (bench/README.md). The options are a pure function of the published calls
// and the day: kept beside the list, one day at a time. Today's date is worked out once a
// second (a Beijing date costs luxon's zone lookups).
const optionsByCalls = new WeakMap<readonly TPublishedCall[], TFinderOptions>();
let lastDay = { second: Number.NaN, date: '' };
function beijingToday(at: Date): TPlainDate {
  const second = Math.floor(at.getTime() / 1000);
  if (second !== lastDay.second) lastDay = { second, date: beijingDateOf(at) };
  return lastDay.date;
}

function optionsOf(calls: readonly TPublishedCall[], today: TPlainDate): TFinderOptions {
  const kept = optionsByCalls.get(calls);
  if (kept?.today === today) return kept;
  const todayYear = Number(today.slice(0, 4));
  const openYears = calls.filter((c) => c.closesOn && c.closesOn >= today).map((c) => c.intakeYear);
  const options: TFinderOptions = {
    today,
    intakeYears: [...new Set([...openYears, todayYear, todayYear + 1])].sort(),
    defaultYear: openYears.length ? Math.min(...openYears) : todayYear + 1,
    hosts: [
      ...new Map(
        calls.filter((c) => c.hostId && c.hostName).map((c) => [c.hostId!, c.hostName!] as const),
      ),
    ].map(([id, name]) => ({ id, name })),
  };
  optionsByCalls.set(calls, options);
  return options;
}

/**
 * The finder's page at `at`: its options and, when `ask` builds a profile from the page's
 * defaults (today's date, the default intake year), the finder's answer for it — both from
 * the same published calls.
 * @example const page = await getFinderPage(deps, actor, { at, ask: (d) => profileOf(query, d) });
 */
export async function getFinderPage(
  deps: TDeps,
  actor: TActor,
  input: {
    at: Date;
    ask?: (defaults: { asOf: TPlainDate; intakeYear: number }) => TFinderProfile;
  },
): Promise<TFinderPage> {
  requireAccess(actor, 'public.view');
  const calls = await publishedCalls(deps.database);
  const options = optionsOf(calls, beijingToday(input.at));
  if (!input.ask) return { options, result: null };
  const profile = input.ask({ asOf: options.today, intakeYear: options.defaultYear });
  const finder = finderFor(calls, {
    intakeYear: profile.intakeYear,
    host: profile.host,
    nationality: profile.nationality,
  });
  return { options, result: finder(profile) };
}
