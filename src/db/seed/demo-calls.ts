import { DateTime } from 'luxon';

import type { TStoredCallSettings } from '@/contracts/call-settings.schema';
import { isPlainDate, type TPlainDate } from '@/domain/dates';
import { getProgram, type TProgramId } from '@/domain/programs';

// The demo's calls, planned from the day the database is created (a Beijing date, R-GEN-TIME),
// so that whoever runs `npm start` finds every program open that day and one call already
// closed. Pure: the caller passes the day.

/** A demo call as it is inserted into `calls`. */
export type TDemoCall = {
  id: string;
  programId: TProgramId;
  intakeYear: number;
  hostId: string | null;
  opensOn: TPlainDate;
  closesOn: TPlainDate;
  settings: Partial<TStoredCallSettings>;
};

export type TDemoCycle = {
  /** The intake year of the calls open on `today`. */
  intakeYear: number;
  /** Open on `today`: one call per program (CAS-ANSO one per host). */
  current: TDemoCall[];
  /** The previous CAS-ANSO cycle (one call per host), closed on `today`. */
  past: TDemoCall[];
};

type TDay = number | 'last';
/** A window as whole months before/after the month it is planned in, and a day of the month. */
type TShape = { opens: { months: number; day: TDay }; closes: { months: number; day: TDay } };

/**
 * The demo's window of each program, around the month it is planned in. Shaped like the
 * documents' own calendars: CAS-ANSO mid-autumn to the end of January (R-ANSO-CALL), CSC's
 * agencies "early January to early April" (R-CSC-APPLY), a long PIFI cycle, a BGS host window.
 * These are examples (R-PIFI-TERMS, R-BGS-APPLY), labelled as such on the pages.
 */
const SHAPES: Record<TProgramId, TShape> = {
  'cas-anso': { opens: { months: -2, day: 15 }, closes: { months: 1, day: 'last' } },
  csc: { opens: { months: 0, day: 5 }, closes: { months: 3, day: 5 } },
  pifi: { opens: { months: -2, day: 1 }, closes: { months: 4, day: 'last' } },
  bgs: { opens: { months: -1, day: 1 }, closes: { months: 3, day: 15 } },
};

/** Where each program's demo call is run (CAS-ANSO at both of its hosts). */
const HOSTS: Record<TProgramId, readonly (string | null)[]> = {
  'cas-anso': ['UCAS', 'USTC'],
  pifi: [null],
  csc: ['UCAS'],
  bgs: ['BLCU'],
};

const ORDER: readonly TProgramId[] = ['cas-anso', 'pifi', 'csc', 'bgs'];

/** Academic years of vacations given with each call: the longest funded duration, 48 months. */
const VACATION_YEARS = 4;

function dayOf(month: DateTime, day: TDay): TPlainDate {
  const dt = day === 'last' ? month.endOf('month') : month.set({ day });
  return dt.toISODate()!;
}

/** The window of `shape` planned in `month` (the first of a month, in UTC: calendar maths). */
function windowIn(shape: TShape, month: DateTime): { opensOn: TPlainDate; closesOn: TPlainDate } {
  return {
    opensOn: dayOf(month.plus({ months: shape.opens.months }), shape.opens.day),
    closesOn: dayOf(month.plus({ months: shape.closes.months }), shape.closes.day),
  };
}

/** The program's rolling window that is open on `today`: planned in today's month, else the one before. */
function rollingWindow(programId: TProgramId, today: TPlainDate) {
  const month = DateTime.fromISO(today, { zone: 'utc' }).startOf('month');
  const window = windowIn(SHAPES[programId], month);
  return window.opensOn <= today ? window : windowIn(SHAPES[programId], month.minus({ months: 1 }));
}

/**
 * The intake year after a window: the first 1 September after its deadline day (R-GEN-YEAR).
 * @example intakeYearAfter('2027-04-30') // 2027
 * @example intakeYearAfter('2027-09-05') // 2028
 */
export function intakeYearAfter(closesOn: TPlainDate): number {
  const year = Number(closesOn.slice(0, 4));
  return closesOn.slice(5) < '09-01' ? year : year + 1;
}

/** The program's own data for a call of that year (R-ANSO-CALL), if the program has one. */
function knownCall(programId: TProgramId, intakeYear: number) {
  return getProgram(programId).calls.find((c) => c.intakeYear === intakeYear && c.host === null);
}

/**
 * R-ANSO-ELIG: the demo's cut-offs follow the intake year, as the 2026 call's do (−30, −35); a
 * program's own data for that year wins. TWAS takes the PhD cut-off (its parent track), as the
 * officer's form sets only these two.
 */
function ansoBornOnOrAfter(intakeYear: number): Record<string, string> {
  const known = knownCall('cas-anso', intakeYear)?.bornOnOrAfter;
  return {
    master: known?.master ?? `${intakeYear - 30}-01-01`,
    phd: known?.phd ?? `${intakeYear - 35}-01-01`,
  };
}

/** R-CSC-ABS: a host's winter and summer vacations for the academic years from the intake. */
function vacationsFrom(intakeYear: number): TStoredCallSettings['vacations'] {
  const out: TStoredCallSettings['vacations'] = [];
  for (let y = intakeYear + 1; y <= intakeYear + VACATION_YEARS; y++) {
    // Note: 15 January – 25 February holds the Spring Festival holiday of every year (its eve
    // falls between 20 January and 19 February).
    out.push({ from: `${y}-01-15`, to: `${y}-02-25` }, { from: `${y}-07-01`, to: `${y}-08-31` });
  }
  return out;
}

/** `cas-anso-2027-ucas`, `pifi-2027`, `csc-2027`, `bgs-2027-blcu`, as officers know them. */
function callId(programId: TProgramId, intakeYear: number, hostId: string | null): string {
  const isPerHost = programId === 'cas-anso' || programId === 'bgs';
  return isPerHost && hostId
    ? `${programId}-${intakeYear}-${hostId.toLowerCase()}`
    : `${programId}-${intakeYear}`;
}

function callsOf(
  programId: TProgramId,
  intakeYear: number,
  window: { opensOn: TPlainDate; closesOn: TPlainDate },
  isExample: boolean,
): TDemoCall[] {
  const settings: Partial<TStoredCallSettings> = {
    isExample,
    vacations: vacationsFrom(intakeYear),
  };
  if (programId === 'cas-anso') settings.bornOnOrAfter = ansoBornOnOrAfter(intakeYear);
  // R-GEN-AGE: BGS ages are taken on the enrollment date the call states, 1 September by default.
  if (programId === 'bgs') settings.ageOn = `${intakeYear}-09-01`;
  return HOSTS[programId].map((hostId) => ({
    id: callId(programId, intakeYear, hostId),
    programId,
    intakeYear,
    hostId,
    opensOn: window.opensOn,
    closesOn: window.closesOn,
    settings,
  }));
}

/**
 * Plans the demo's calls for the day the database is created: every program open that day,
 * for one intake year, and the previous CAS-ANSO cycle closed.
 * Note: R-ANSO-CALL — a program's own call data for the cycle's year (CAS-ANSO 2026) is used
 * as it is, never shifted: when it is open on `today` it is the current call; when it is not,
 * the cycle moves to the next intake year and that call is the past one.
 * @example planDemoCalls('2026-12-02').intakeYear // 2027
 * @example planDemoCalls('2026-01-10').current[0] // cas-anso-2026-ucas, 2025-10-15 → 2026-01-31
 */
export function planDemoCalls(today: TPlainDate): TDemoCycle {
  if (!isPlainDate(today)) throw new Error(`Not a plain date: "${today}"`);
  const windows = Object.fromEntries(ORDER.map((p) => [p, rollingWindow(p, today)])) as Record<
    TProgramId,
    { opensOn: TPlainDate; closesOn: TPlainDate }
  >;
  const lastClose = ORDER.map((p) => windows[p].closesOn)
    .sort()
    .at(-1)!;
  let intakeYear = intakeYearAfter(lastClose);
  const isOpenOnToday = (c: { opensOn: string; closesOn: string }) =>
    c.opensOn <= today && today <= c.closesOn;
  while (ORDER.some((p) => knownCall(p, intakeYear) && !isOpenOnToday(knownCall(p, intakeYear)!)))
    intakeYear++;
  const current = ORDER.flatMap((p) => {
    const known = knownCall(p, intakeYear);
    return callsOf(p, intakeYear, known ?? windows[p], known === undefined);
  });
  const pastKnown = knownCall('cas-anso', intakeYear - 1);
  const pastWindow =
    pastKnown && pastKnown.closesOn < today
      ? pastKnown
      : {
          opensOn: shiftYear(windows['cas-anso'].opensOn, -1),
          closesOn: shiftYear(windows['cas-anso'].closesOn, -1),
        };
  const past = callsOf('cas-anso', intakeYear - 1, pastWindow, pastWindow !== pastKnown);
  return { intakeYear, current, past };
}

function shiftYear(day: TPlainDate, years: number): TPlainDate {
  const dt = DateTime.fromISO(day, { zone: 'utc' });
  // The last day of a month stays the last day (29 February → 28 February).
  const shifted = dt.plus({ years });
  return (dt.day === dt.daysInMonth ? shifted.endOf('month') : shifted).toISODate()!;
}
