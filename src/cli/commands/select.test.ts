import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { selectCommand } from './select';

const bin = fileURLToPath(new URL('../../../bin/jiangxue.mjs', import.meta.url));

function run(input: unknown): { status: number | null; output: Record<string, unknown> } {
  const r = spawnSync(process.execPath, [bin, 'select'], {
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  return { status: r.status, output: JSON.parse(r.stdout) as Record<string, unknown> };
}

const candidate = (id: string, extra: object = {}) => ({
  id,
  track: 'phd',
  score: 80,
  nationality: 'ET',
  gender: 'female',
  climateResearch: false,
  twasConsideration: false,
  host: 'UCAS',
  identity: `E${id} ET 1995-01-01`,
  submittedAt: '2026-01-20T08:00:00Z',
  otherAwards: [],
  ...extra,
});

// The issue's own example pool, grown a little.
const issueExample = {
  program: 'cas-anso',
  quotas: { phd: 2, twas: 1, twasClimate: 1 },
  candidates: [
    candidate('a1', {
      score: 87.5,
      climateResearch: true,
      twasConsideration: true,
      otherAwards: [{ program: 'csc', oneTime: true }],
    }),
    candidate('a2', { score: 90 }),
    candidate('a3', { score: 85 }),
    candidate('a4', { score: 99, otherAwards: [{ program: 'csc', oneTime: false }] }),
  ],
};

describe('npx jiangxue select', () => {
  it(
    'issue 4: the issue example → exit 0; every candidate once; the TWAS awardee as "twas"',
    { timeout: 30_000 },
    () => {
      const { status, output } = run(issueExample);
      expect(status).toBe(0);
      expect(output).toMatchObject({
        selected: [
          { id: 'a1', track: 'twas', rule: 'R-ANSO-TWAS' },
          { id: 'a2', track: 'phd', rule: 'R-ANSO-QUOTA' },
        ],
        waitlist: [{ id: 'a3', track: 'phd', position: 1 }],
        rejected: [{ id: 'a4', rule: 'R-GEN-CONCURRENT' }],
      });
    },
  );

  it(
    'issue 4: a bad candidate field → exit 2 with the dotted path candidates.0.score',
    { timeout: 30_000 },
    () => {
      const bad = { ...issueExample, candidates: [candidate('a1', { score: 'high' })] };
      const { status, output } = run(bad);
      expect(status).toBe(2);
      expect(output).toEqual({
        error: { path: 'candidates.0.score', message: expect.any(String) },
      });
    },
  );
});

describe('selectCommand (in process)', () => {
  const pathOf = (input: unknown): string => {
    try {
      selectCommand(input);
    } catch (err) {
      return ((err as { issues: { path: unknown[] }[] }).issues[0]?.path ?? []).join('.');
    }
    return '(no error)';
  };

  it.each([
    ['candidates.1.id', { candidates: [candidate('a1'), candidate('a1')] }],
    ['candidates.0.track', { candidates: [candidate('a1', { track: 'doctoral' })] }],
    ['candidates.0.submittedAt', { candidates: [candidate('a1', { submittedAt: '2026-01-20' })] }],
    ['candidates.0.nationality', { candidates: [candidate('a1', { nationality: 'Ethiopia' })] }],
    ['quotas.fellow', { quotas: { fellow: 3 } }],
    ['quotas.phd', { quotas: { phd: -1 } }],
    ['program', { program: 'ucas' }],
  ])('issue 4: rejects %s', (path, change) => {
    expect(pathOf({ ...issueExample, ...change })).toBe(path);
  });

  it('R-CSC-APPLY: a CSC track without a quota in the call → the candidate’s track is named', () => {
    const input = {
      program: 'csc',
      quotas: { master: 2 },
      candidates: [candidate('c1', { track: 'doctoral' })],
    };
    expect(pathOf(input)).toBe('candidates.0.track');
  });

  it('R-BGS-APPLY: BGS quotas by category need each candidate’s category', () => {
    const input = {
      program: 'bgs',
      quotas: { A: 2 },
      candidates: [candidate('b1', { track: 'master' })],
    };
    expect(pathOf(input)).toBe('candidates.0.category');
    const ok = selectCommand({
      ...input,
      candidates: [candidate('b1', { track: 'master', category: 'A' })],
    });
    expect(ok.selected).toEqual([expect.objectContaining({ id: 'b1', track: 'master' })]);
  });

  it('R-ANSO-TWAS: a candidate sent as "twas" is a PhD candidate who ticked the box', () => {
    const out = selectCommand({
      program: 'cas-anso',
      candidates: [candidate('t1', { track: 'twas' })],
    });
    expect(out.selected).toEqual([expect.objectContaining({ id: 't1', track: 'twas' })]);
  });

  it('R-ANSO-QUOTA: without quotas the program defaults apply', () => {
    const pool = Array.from({ length: 201 }, (_, i) => candidate(`m${i}`, { track: 'master' }));
    const out = selectCommand({ program: 'cas-anso', candidates: pool });
    expect(out.selected).toHaveLength(200);
  });
});
