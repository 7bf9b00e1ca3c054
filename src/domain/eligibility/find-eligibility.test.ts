import { describe, expect, it } from 'vitest';

import type { TLevel } from '@/domain/programs';
import { defaultFinderSettings, withCallOverrides } from '@/domain/programs/call-settings';

import { createFinder, findEligibility, statusOf } from './find-eligibility';
import { aProfile } from './profile.fixture';
import { reasonsFor, trackResult } from './track-result.fixture';
import type { TReason } from './types';

describe('tracks per level (issue 4 contract)', () => {
  it.each<[TLevel, string[]]>([
    ['master', ['cas-anso/master', 'csc/master', 'bgs/master']],
    ['doctoral', ['cas-anso/phd', 'cas-anso/twas', 'csc/doctoral', 'bgs/doctoral']],
    ['undergraduate', ['csc/undergraduate', 'bgs/undergraduate']],
    ['preparatory', ['bgs/preparatory']],
    ['general_scholar', ['csc/general_scholar']],
    ['senior_scholar', ['csc/senior_scholar']],
    ['visiting', ['bgs/visiting']],
    ['research_scholar', ['bgs/research_scholar']],
    ['fellow', ['pifi/fellow']],
  ])('issue 4: level %s → %j', (level, tracks) => {
    const results = findEligibility(aProfile({ level })).results;
    expect(results.map((r) => `${r.program}/${r.track}`)).toEqual(tracks);
  });

  it('R-BGS-ACAD: only BGS results carry categories', () => {
    const results = findEligibility(
      aProfile({ level: 'doctoral', highestQualification: 'master' }),
    ).results;
    for (const r of results) expect('categories' in r).toBe(r.program === 'bgs');
  });
});

describe('the call window, reported beside the status', () => {
  it.each([
    ['2025-10-14', false, 'the day before the call opens'],
    ['2025-10-15', true, 'the opening day'],
    ['2026-01-31', true, 'the deadline day, open until 24:00 Beijing time'],
    ['2026-02-01', false, 'the day after the deadline'],
  ])('R-ANSO-CALL: asOf %s → open %s (%s)', (asOf, open) => {
    const r = trackResult({ asOf }, 'cas-anso', 'master');
    expect(r.call).toEqual({
      open,
      opensAt: '2025-10-14T16:00:00Z',
      closesAt: '2026-01-31T16:00:00Z',
    });
    expect(r.status).toBe('eligible');
  });

  it('R-GEN-TIME: the 2026 CAS-ANSO deadline closes at 2026-01-31T16:00:00Z', () => {
    expect(trackResult({}, 'cas-anso', 'master').call?.closesAt).toBe('2026-01-31T16:00:00Z');
  });

  it.each([
    ['csc', 'master', 'R-CSC-APPLY: set per dispatching authority'],
    ['bgs', 'master', 'R-BGS-APPLY: set per host'],
  ] as const)(
    'R-GEN-TIME: %s/%s: the window is unknown → call null (%s)',
    (program, track, _why) => {
      expect(trackResult({}, program, track).call).toBeNull();
    },
  );

  it('R-PIFI-TERMS: the fellowship has no default window → call null', () => {
    expect(
      trackResult({ level: 'fellow', highestQualification: 'doctorate' }, 'pifi', 'fellow').call,
    ).toBeNull();
  });

  it('R-ANSO-CALL: intake 2027 has no call yet → no window and the birth limit goes to review', () => {
    const r = trackResult({ intakeYear: 2027, asOf: '2027-01-10' }, 'cas-anso', 'master');
    expect(r.call).toBeNull();
    expect(r.status).toBe('review');
    expect(reasonsFor(r, 'R-ANSO-ELIG')[0]).toMatchObject({ ok: false, review: true });
    expect(reasonsFor(r, 'R-ANSO-ELIG')[0]?.en).toContain('2027 call has not set');
  });

  it("R-ANSO-CALL: an officer's window and birth limit for 2027 are used as given", () => {
    const defaults = defaultFinderSettings({ intakeYear: 2027 });
    const settings = {
      ...defaults,
      'cas-anso': withCallOverrides(defaults['cas-anso'], {
        opensOn: '2026-10-20',
        closesOn: '2027-02-15',
        bornOnOrAfter: { master: '1997-01-01' },
      }),
    };
    const find = createFinder(settings);
    const result = (birthDate: string) =>
      find(aProfile({ intakeYear: 2027, asOf: '2027-02-15', birthDate })).results[0];
    expect(result('1997-01-01')).toMatchObject({
      status: 'eligible',
      call: { open: true, closesAt: '2027-02-15T16:00:00Z' },
    });
    expect(result('1996-12-31')?.status).toBe('ineligible');
  });
});

describe('statusOf', () => {
  const ok: TReason = { rule: 'R-X', ok: true, en: 'e', zh: '中' };
  const review: TReason = { rule: 'R-X', ok: false, review: true, en: 'e', zh: '中' };
  const fail: TReason = { rule: 'R-X', ok: false, en: 'e', zh: '中' };
  it.each([
    [[ok, ok], 'eligible'],
    [[ok, review], 'review'],
    [[review, fail], 'ineligible'],
    [[fail, review, ok], 'ineligible'],
    [[], 'eligible'],
  ] as const)('issue 4: reasons %# → %s', (reasons, status) => {
    expect(statusOf(reasons)).toBe(status);
  });
});
