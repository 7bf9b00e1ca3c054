import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { defaultCallSettings, withCallOverrides } from '@/domain/programs/call-settings';

import { selectCandidates } from './select';
import type { TSelection, TSelectionCandidate } from './types';

const HAN = /\p{Script=Han}/u;

const candidate = (id: string) =>
  fc.record({
    id: fc.constant(id),
    track: fc.constantFrom('master', 'phd'),
    category: fc.constant(null),
    // Few distinct scores and submission times, so ties are common.
    score: fc.integer({ min: 60, max: 70 }),
    nationality: fc.constantFrom('ET', 'NP', 'PK', 'KR', 'US', 'HK', null),
    gender: fc.constantFrom('female', 'male', null),
    climateResearch: fc.boolean(),
    twasConsideration: fc.boolean(),
    host: fc.constantFrom('UCAS', 'USTC'),
    identity: fc.constantFrom(`P-${id}`, `P-${id}`, `P-${id}`, 'SHARED-1', 'SHARED-2', null),
    submittedAt: fc.constantFrom(
      '2026-01-20T08:00:00Z',
      '2026-01-20T16:00:00+08:00',
      '2026-01-21T00:00:00Z',
    ),
    otherAwards: fc.constantFrom(
      [],
      [],
      [],
      [{ program: 'csc', oneTime: false }],
      [{ program: 'grant', oneTime: true }],
    ),
  }) as fc.Arbitrary<TSelectionCandidate>;

const pool = fc
  .integer({ min: 0, max: 60 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => candidate(`c${i}`))))
  .map((list) => [...list]);

const poolAndShuffle = pool.chain((list) =>
  fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
);

const quotas = fc.record({
  master: fc.integer({ min: 0, max: 20 }),
  phd: fc.integer({ min: 0, max: 30 }),
  twas: fc.integer({ min: 0, max: 12 }),
  twasClimate: fc.integer({ min: 0, max: 5 }),
});

const settingsOf = (q: Record<string, number>) =>
  withCallOverrides(defaultCallSettings('cas-anso', { intakeYear: 2026 }), { quotas: q });
const count = (s: TSelection, track: string) => s.selected.filter((c) => c.track === track).length;

describe('selection invariants (fast-check)', () => {
  it('R-ANSO-QUOTA: selection never exceeds a quota (TWAS inside PhD, climate inside TWAS)', () => {
    fc.assert(
      fc.property(pool, quotas, (candidates, q) => {
        const s = selectCandidates(candidates, settingsOf(q));
        expect(count(s, 'master')).toBeLessThanOrEqual(q.master);
        expect(count(s, 'twas')).toBeLessThanOrEqual(q.twas);
        expect(count(s, 'phd') + count(s, 'twas')).toBeLessThanOrEqual(q.phd);
        const climate = s.selected.filter((c) => c.reason.includes('climate place')).length;
        expect(climate).toBeLessThanOrEqual(Math.min(q.twasClimate, q.twas));
      }),
      { numRuns: 300 },
    );
  });

  it('R-SELECT-TIES: the same pool in any order gives the same result', () => {
    fc.assert(
      fc.property(poolAndShuffle, quotas, ([candidates, shuffled], q) => {
        expect(selectCandidates(shuffled, settingsOf(q))).toEqual(
          selectCandidates(candidates, settingsOf(q)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('issue 4: every candidate appears exactly once, with a reason in both languages', () => {
    fc.assert(
      fc.property(pool, quotas, (candidates, q) => {
        const s = selectCandidates(candidates, settingsOf(q));
        const seen = [...s.selected, ...s.waitlist, ...s.rejected].map((c) => c.id).sort();
        expect(seen).toEqual(candidates.map((c) => c.id).sort());
        for (const c of [...s.selected, ...s.waitlist, ...s.rejected]) {
          expect(c.reason).not.toMatch(HAN);
          expect(c.reasonZh).toMatch(HAN);
          expect(c.rule).toMatch(/^R-/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('R-ANSO-QUOTA: waiting lists are numbered 1, 2, 3… per quota, in rank order', () => {
    fc.assert(
      fc.property(pool, quotas, (candidates, q) => {
        const s = selectCandidates(candidates, settingsOf(q));
        for (const key of ['master', 'phd']) {
          const positions = s.waitlist.filter((w) => w.quota === key).map((w) => w.position);
          expect(positions).toEqual(positions.map((_, i) => i + 1));
        }
      }),
      { numRuns: 200 },
    );
  });
});
