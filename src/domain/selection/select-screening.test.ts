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

function expectEachOnce(pool: readonly TSelectionCandidate[], s: TSelection): void {
  const all = [...ids(s.selected), ...ids(s.waitlist), ...ids(s.rejected)];
  expect(all.sort()).toEqual(ids(pool).sort());
}

describe('R-ANSO-ONEHOST, R-GEN-IDENTITY and R-GEN-CONCURRENT', () => {
  it('R-ANSO-ONEHOST: the same person at UCAS and USTC → both rejected, neither selected, both hosts named', () => {
    const pool = [
      aCandidate({ id: 'u1', host: 'UCAS', identity: 'E123 ET 1995-01-01', score: 99 }),
      aCandidate({ id: 'u2', host: 'USTC', identity: ' e123 et 1995-01-01 ', score: 98 }),
      aCandidate({ id: 'u3', score: 50 }),
    ];
    const s = selectCandidates(pool, anso);
    expect(ids(s.selected)).toEqual(['u3']);
    expect(s.rejected.map((r) => r.rule)).toEqual(['R-ANSO-ONEHOST', 'R-ANSO-ONEHOST']);
    for (const r of s.rejected) expect(r.reason).toMatch(/UCAS and USTC/);
    expectEachOnce(pool, s);
  });

  it('R-GEN-IDENTITY: the same person twice at one host → both rejected for an officer', () => {
    const pool = [
      aCandidate({ id: 'd1', identity: 'X1' }),
      aCandidate({ id: 'd2', identity: 'X1' }),
    ];
    expect(selectCandidates(pool, anso).rejected.map((r) => r.rule)).toEqual([
      'R-GEN-IDENTITY',
      'R-GEN-IDENTITY',
    ]);
  });

  it('R-GEN-CONCURRENT: a recurring award rejects; a one-time award does not', () => {
    const pool = [
      aCandidate({ id: 'c1', otherAwards: [{ program: 'csc', oneTime: false }] }),
      aCandidate({ id: 'c2', otherAwards: [{ program: 'travel-grant', oneTime: true }] }),
    ];
    const s = selectCandidates(pool, anso);
    expect(s.rejected).toEqual([expect.objectContaining({ id: 'c1', rule: 'R-GEN-CONCURRENT' })]);
    expect(s.rejected[0]?.reason).toContain('csc');
    expect(ids(s.selected)).toEqual(['c2']);
  });

  it('R-BGS-CONCURRENT: at BGS the same rejection cites the BGS rule', () => {
    const pool = [
      aCandidate({ id: 'b1', track: 'master', otherAwards: [{ program: 'csc', oneTime: false }] }),
    ];
    expect(selectCandidates(pool, withQuotas('bgs', { master: 1 })).rejected[0]?.rule).toBe(
      'R-BGS-CONCURRENT',
    );
  });

  it('R-GEN-NATIONALITY: a Chinese national in the pool is rejected', () => {
    const s = selectCandidates([aCandidate({ id: 'h1', nationality: 'HK' })], anso);
    expect(s.rejected[0]?.rule).toBe('R-GEN-NATIONALITY');
  });
});

describe('R-SELECT-TIES', () => {
  it.each([
    [
      'earlier submission first',
      [
        { id: 'b', submittedAt: '2026-01-20T08:00:00Z' },
        { id: 'a', submittedAt: '2026-01-21T08:00:00Z' },
      ],
      ['b', 'a'],
    ],
    [
      'same instant in another offset is the same time, so id decides',
      [
        { id: 'b', submittedAt: '2026-01-20T16:00:00+08:00' },
        { id: 'a', submittedAt: '2026-01-20T08:00:00Z' },
      ],
      ['a', 'b'],
    ],
    [
      'offsets are compared as instants',
      [
        { id: 'a', submittedAt: '2026-01-20T10:00:00Z' },
        { id: 'b', submittedAt: '2026-01-20T17:00:00+08:00' },
      ],
      ['b', 'a'],
    ],
    ['same submission → lower id first', [{ id: 'x2' }, { id: 'x1' }], ['x1', 'x2']],
  ])('R-SELECT-TIES: tied score, %s', (_, rows, order) => {
    const pool = rows.map((r) => aCandidate({ score: 70, track: 'master', ...r }));
    const s = selectCandidates(pool, withQuotas('cas-anso', { master: 1 }));
    expect([...ids(s.selected), ...ids(s.waitlist)]).toEqual(order);
  });
});

describe('other programs', () => {
  it('R-CSC-APPLY: CSC quotas by track name', () => {
    const pool = [
      ...manyCandidates('m', 3, () => ({ track: 'master' })),
      ...manyCandidates('d', 2, () => ({ track: 'doctoral' })),
    ];
    const s = selectCandidates(pool, withQuotas('csc', { master: 2, doctoral: 5 }));
    expect(ids(s.selected)).toEqual(['d001', 'm001', 'd002', 'm002']);
    expect(s.waitlist).toEqual([
      expect.objectContaining({ id: 'm003', quota: 'master', rule: 'R-CSC-APPLY' }),
    ]);
  });

  it('R-BGS-APPLY: BGS quotas by category; each category has its own waiting list', () => {
    const pool = manyCandidates('b', 5, (i) => ({ track: 'master', category: i < 3 ? 'A' : 'B' }));
    const s = selectCandidates(pool, withQuotas('bgs', { A: 1, B: 1 }));
    expect(ids(s.selected)).toEqual(['b001', 'b004']);
    expect(s.waitlist.map((w) => [w.id, w.quota, w.position])).toEqual([
      ['b002', 'A', 1],
      ['b003', 'A', 2],
      ['b005', 'B', 1],
    ]);
  });

  it('R-PIFI-TERMS: the fellow quota set by the call', () => {
    const s = selectCandidates(
      manyCandidates('f', 3, () => ({ track: 'fellow' })),
      withQuotas('pifi', { fellow: 2 }),
    );
    expect(s.selected.map((c) => [c.id, c.rule])).toEqual([
      ['f001', 'R-PIFI-TERMS'],
      ['f002', 'R-PIFI-TERMS'],
    ]);
  });
});
