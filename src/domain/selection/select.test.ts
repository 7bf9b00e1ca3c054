import { describe, expect, it } from 'vitest';

import {
  defaultCallSettings,
  withCallOverrides,
  type TCallSettings,
} from '@/domain/programs/call-settings';

import { aCandidate, manyCandidates } from './candidate.fixture';
import { selectCandidates } from './select';
import type { TSelection, TSelectionCandidate } from './types';

const anso = defaultCallSettings('cas-anso', { intakeYear: 2026 });
const withQuotas = (program: TCallSettings['program'], quotas: Record<string, number>) =>
  withCallOverrides(defaultCallSettings(program, { intakeYear: 2026 }), { quotas });
const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);
const selectedAs = (s: TSelection, track: string) => s.selected.filter((c) => c.track === track);

function expectEachOnce(pool: readonly TSelectionCandidate[], s: TSelection): void {
  const all = [...ids(s.selected), ...ids(s.waitlist), ...ids(s.rejected)];
  expect(all.sort()).toEqual(ids(pool).sort());
}

describe('R-ANSO-QUOTA', () => {
  it('R-ANSO-QUOTA: 201 master candidates → 200 selected, the 201st waits at position 1', () => {
    const pool = manyCandidates('m', 201, () => ({ track: 'master' }));
    const s = selectCandidates(pool, anso);
    expect(s.selected).toHaveLength(200);
    expect(s.waitlist).toEqual([
      expect.objectContaining({
        id: 'm201',
        track: 'master',
        position: 1,
        quota: 'master',
        rule: 'R-ANSO-QUOTA',
      }),
    ]);
    expectEachOnce(pool, s);
  });

  it('R-ANSO-QUOTA: 302 PhD candidates → 300 selected, two wait in rank order', () => {
    const s = selectCandidates(manyCandidates('p', 302), anso);
    expect(s.selected).toHaveLength(300);
    expect(s.waitlist.map((w) => [w.id, w.position])).toEqual([
      ['p301', 1],
      ['p302', 2],
    ]);
  });

  it('R-ANSO-QUOTA: an officer’s quota for the call replaces the default', () => {
    const s = selectCandidates(
      manyCandidates('m', 5, () => ({ track: 'master' })),
      withQuotas('cas-anso', { master: 3 }),
    );
    expect(ids(s.selected)).toEqual(['m001', 'm002', 'm003']);
  });
});

describe('R-ANSO-TWAS', () => {
  const twas = (i: number, extra: Partial<TSelectionCandidate> = {}) =>
    aCandidate({
      id: `t${String(i).padStart(3, '0')}`,
      score: 500 - i,
      twasConsideration: true,
      ...extra,
    });

  it('R-ANSO-TWAS: the 10 climate places go to the 10 highest-ranked climate researchers, however they rank overall', () => {
    const pool = [
      ...Array.from({ length: 50 }, (_, i) => twas(i + 1)),
      ...Array.from({ length: 12 }, (_, i) => twas(100 + i, { climateResearch: true })),
    ];
    const s = selectCandidates(pool, anso);
    const climate = s.selected.filter((c) => c.reason.includes('climate place'));
    expect(ids(climate)).toEqual([
      't100',
      't101',
      't102',
      't103',
      't104',
      't105',
      't106',
      't107',
      't108',
      't109',
    ]);
    const byRank = selectedAs(s, 'twas').filter((c) => !c.reason.includes('climate place'));
    expect(ids(byRank)).toEqual(
      Array.from({ length: 30 }, (_, i) => `t${String(i + 1).padStart(3, '0')}`),
    );
    expect(selectedAs(s, 'twas')).toHaveLength(40);
  });

  it('R-ANSO-TWAS: with only 3 climate researchers the 7 unfilled climate places go to the next by rank', () => {
    const pool = [
      ...Array.from({ length: 50 }, (_, i) => twas(i + 1)),
      ...Array.from({ length: 3 }, (_, i) => twas(100 + i, { climateResearch: true })),
    ];
    const s = selectCandidates(pool, anso);
    expect(selectedAs(s, 'twas')).toHaveLength(40);
    expect(s.selected.filter((c) => c.reason.includes('climate place'))).toHaveLength(3);
    expect(ids(selectedAs(s, 'twas'))).toContain('t037');
    expect(ids(selectedAs(s, 'twas'))).not.toContain('t038');
  });

  it('R-ANSO-TWAS: TWAS awardees count inside the 300 PhD places and appear once, as "twas"', () => {
    const pool = [
      ...Array.from({ length: 40 }, (_, i) => twas(i + 1, { score: 10 })),
      ...manyCandidates('p', 300),
    ];
    const s = selectCandidates(pool, anso);
    expect(selectedAs(s, 'twas')).toHaveLength(40);
    expect(selectedAs(s, 'phd')).toHaveLength(260);
    expect(s.waitlist).toHaveLength(40);
    expectEachOnce(pool, s);
  });

  it('R-ANSO-TWAS: only PhD candidates who ticked the box and are from a developing country are TWAS candidates', () => {
    const pool = [
      twas(1, { nationality: 'KR' }),
      twas(2, { nationality: 'SA' }),
      twas(3, { twasConsideration: false }),
      twas(4, { track: 'master' }),
      twas(5, { nationality: 'NP' }),
    ];
    const s = selectCandidates(pool, anso);
    expect(ids(selectedAs(s, 'twas'))).toEqual(['t005']);
    expect(ids(selectedAs(s, 'phd'))).toEqual(['t001', 't002', 't003']);
  });

  it('R-ANSO-TWAS: tied scores → more LDC/women flags first, then LDC before woman', () => {
    const tied = { score: 90, submittedAt: '2026-01-20T08:00:00Z' };
    const pool = [
      twas(1, { ...tied, nationality: 'PK', gender: 'male' }),
      twas(2, { ...tied, nationality: 'PK', gender: 'female' }),
      twas(3, { ...tied, nationality: 'NP', gender: 'male' }),
      twas(4, { ...tied, nationality: 'NP', gender: 'female' }),
    ];
    const settings = withQuotas('cas-anso', { twas: 4, twasClimate: 0 });
    expect(ids(selectCandidates(pool, settings).selected)).toEqual([
      't004',
      't003',
      't002',
      't001',
    ]);
  });

  it('R-ANSO-TWAS: the TWAS places never exceed the PhD quota', () => {
    const pool = Array.from({ length: 10 }, (_, i) => twas(i + 1));
    const s = selectCandidates(pool, withQuotas('cas-anso', { phd: 5 }));
    expect(selectedAs(s, 'twas')).toHaveLength(5);
    expect(selectedAs(s, 'phd')).toHaveLength(0);
  });
});
