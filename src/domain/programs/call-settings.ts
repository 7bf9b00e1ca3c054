import { getProgram, PROGRAM_IDS } from './index';
import type { TProgram, TProgramId } from './types';

/**
 * The per-call values the finder and selection read. Defaults come from the program data
 * (`defaultCallSettings`); officers override them per call from the database
 * (`withCallOverrides`). No logic reads a year from anywhere else.
 */
export type TCallSettings = {
  readonly program: TProgramId;
  /** The intake year the call admits for; null when the settings are not tied to one call. */
  readonly intakeYear: number | null;
  /** The host running this call (CAS-ANSO: UCAS, USTC); null for every host. */
  readonly host: string | null;
  /** First day of the window ('YYYY-MM-DD', Beijing); null when set per host/agency and unknown. */
  readonly opensOn: string | null;
  /** Deadline day ('YYYY-MM-DD'): open through 24:00 Beijing time (R-GEN-TIME). */
  readonly closesOn: string | null;
  /** Places per track id, BGS category, or `twasClimate` (R-ANSO-QUOTA). */
  readonly quotas: Readonly<Record<string, number>>;
  /** R-ANSO-ELIG: earliest birth date per track; a track missing here cannot be judged. */
  readonly bornOnOrAfter: Readonly<Record<string, string>>;
  /** R-GEN-AGE: the oldest age per track on the reference date. */
  readonly maxAge: Readonly<Record<string, number>>;
  /** R-GEN-AGE: the reference date stated in the call; null → 1 September of the intake year. */
  readonly ageOn: string | null;
};

/** What an officer may change for one call; absent keys keep the default. */
export type TCallOverrides = Partial<Omit<TCallSettings, 'program'>>;

/** The call settings of all four programs, as the finder takes them. */
export type TFinderSettings = Readonly<Record<TProgramId, TCallSettings>>;

function maxAges(program: TProgram): Record<string, number> {
  const ages: Record<string, number> = {};
  for (const track of program.tracks) if (track.maxAge !== null) ages[track.id] = track.maxAge;
  return ages;
}

/**
 * The default settings of a program's call for an intake year, from the program data.
 * Note: R-ANSO-CALL — a year with no call data gets no window and no birth-date limits (the
 * 2026 dates are never shifted to another year); a host without its own dates uses the
 * program's.
 * @example defaultCallSettings('cas-anso', { intakeYear: 2026 }).closesOn // '2026-01-31'
 * @example defaultCallSettings('cas-anso', { intakeYear: 2027 }).closesOn // null
 */
export function defaultCallSettings(
  programId: TProgramId,
  call: { intakeYear: number | null; host?: string | null },
): TCallSettings {
  const program = getProgram(programId);
  const host = call.host ?? null;
  const sameYear = program.calls.filter((c) => c.intakeYear === call.intakeYear);
  const data =
    sameYear.find((c) => c.host !== null && c.host === host) ??
    sameYear.find((c) => c.host === null);
  return {
    program: programId,
    intakeYear: call.intakeYear,
    host,
    opensOn: data?.opensOn ?? null,
    closesOn: data?.closesOn ?? null,
    quotas: { ...program.quotas },
    bornOnOrAfter: { ...(data?.bornOnOrAfter ?? {}) },
    maxAge: maxAges(program),
    ageOn: null,
  };
}

/**
 * Applies an officer's per-call values over the defaults. Record-valued settings merge key by
 * key, so overriding the master's quota keeps the PhD one.
 * @example withCallOverrides(defaults, { closesOn: '2026-02-15', quotas: { master: 150 } })
 */
export function withCallOverrides(
  settings: TCallSettings,
  overrides: TCallOverrides,
): TCallSettings {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return {
    ...settings,
    ...given,
    program: settings.program,
    quotas: { ...settings.quotas, ...overrides.quotas },
    bornOnOrAfter: { ...settings.bornOnOrAfter, ...overrides.bornOnOrAfter },
    maxAge: { ...settings.maxAge, ...overrides.maxAge },
  };
}

/**
 * Default settings of every program for one intake year (and host), for the finder.
 * @example defaultFinderSettings({ intakeYear: 2026, host: 'UCAS' })['cas-anso'].opensOn // '2025-10-15'
 */
export function defaultFinderSettings(call: {
  intakeYear: number | null;
  host?: string | null;
}): TFinderSettings {
  const entries = PROGRAM_IDS.map((id) => [id, defaultCallSettings(id, call)] as const);
  return Object.fromEntries(entries) as Record<TProgramId, TCallSettings>;
}
