import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { PIFI_RUBRIC } from '@/domain/review/rubrics';

import { rankCommand } from './rank';

const bin = fileURLToPath(new URL('../../../bin/jiangxue.mjs', import.meta.url));

function run(input: string): { status: number | null; output: Record<string, unknown> } {
  const r = spawnSync(process.execPath, [bin, 'rank'], { input, encoding: 'utf8' });
  return { status: r.status, output: JSON.parse(r.stdout) as Record<string, unknown> };
}

const rubric = PIFI_RUBRIC.map(({ id, min, max, weight }) => ({ id, min, max, weight }));
const [excellence, proposal, relevance, collaboration] = rubric.map((c) => c.id) as [
  string,
  string,
  string,
  string,
];
/** A PIFI review giving every criterion `s` (score 100·(s − 1)/9). */
const review = (application: string, reviewer: string, s: number) => ({
  application,
  reviewer,
  scores: { [excellence]: s, [proposal]: s, [relevance]: s, [collaboration]: s },
});
const application = (id: string, extra: object = {}) => ({
  id,
  submittedAt: '2026-03-01T08:00:00Z',
  adjustment: 0,
  interview: null,
  ...extra,
});

// a1: 10, 10, 7 (100, 100, 66.7: spread 33.3, flagged); a2: 9, 9, 9 with an interview of 40;
// a3: two reviews only (incomplete).
const panel = {
  rubric,
  requiredReviews: 3,
  normalise: false,
  applications: [application('a1'), application('a2', { interview: 40 }), application('a3')],
  reviews: [
    review('a1', 'r1', 10),
    review('a1', 'r2', 10),
    review('a1', 'r3', 7),
    review('a2', 'r1', 9),
    review('a2', 'r2', 9),
    review('a2', 'r3', 9),
    review('a3', 'r1', 5),
    review('a3', 'r2', 6),
  ],
};

describe('npx jiangxue rank', () => {
  it(
    'R-REV-RANK: a panel → exit 0; ranking with raw, median, spread, final, flag; incomplete',
    { timeout: 30_000 },
    () => {
      const { status, output } = run(JSON.stringify(panel));
      expect(status).toBe(0);
      const a2 = 800 / 9;
      expect(output).toEqual({
        ranking: [
          {
            application: 'a1',
            rank: 1,
            raw: expect.closeTo(800 / 9, 10),
            median: 100,
            spread: expect.closeTo(100 / 3, 10),
            normalised: null,
            final: expect.closeTo(800 / 9, 10),
            flagged: true,
            reviews: 3,
          },
          {
            application: 'a2',
            rank: 2,
            raw: expect.closeTo(a2, 10),
            median: expect.closeTo(a2, 10),
            spread: 0,
            normalised: null,
            final: expect.closeTo((4 * a2 + 40) / 5, 10),
            flagged: false,
            reviews: 3,
          },
        ],
        incomplete: [{ application: 'a3', reviews: 2, required: 3 }],
      });
    },
  );

  it('R-REV-SCORE: `{}` → exit 2 naming the missing field', { timeout: 30_000 }, () => {
    const { status, output } = run('{}');
    expect(status).toBe(2);
    expect(output).toEqual({ error: { path: 'rubric', message: expect.any(String) } });
  });

  it(
    'R-REV-SCORE: a score off the scale → exit 2 with its dotted path',
    { timeout: 30_000 },
    () => {
      const reviews = [...panel.reviews];
      reviews[3] = {
        ...review('a2', 'r1', 9),
        scores: { ...review('a2', 'r1', 9).scores, [proposal]: 11 },
      };
      const { status, output } = run(JSON.stringify({ ...panel, reviews }));
      expect(status).toBe(2);
      expect(output).toEqual({
        error: { path: `reviews.3.scores.${proposal}`, message: 'Expected 1–10, got 11' },
      });
    },
  );
});

describe('rankCommand (in process)', () => {
  const pathOf = (input: unknown): string => {
    try {
      rankCommand(input);
    } catch (err) {
      return ((err as { issues: { path: unknown[] }[] }).issues[0]?.path ?? []).join('.');
    }
    return '(no error)';
  };
  const withScore = (i: number, key: string, value: unknown) => {
    const reviews: unknown[] = [...panel.reviews];
    reviews[i] = { ...panel.reviews[i]!, scores: { ...panel.reviews[i]!.scores, [key]: value } };
    return { reviews };
  };
  const without = (i: number, key: string) => {
    const { [key]: _, ...scores } = panel.reviews[i]!.scores;
    const reviews: unknown[] = [...panel.reviews];
    reviews[i] = { ...panel.reviews[i]!, scores };
    return { reviews };
  };

  it.each([
    [`reviews.3.scores.${excellence}`, 'one above max', withScore(3, excellence, 11)],
    [`reviews.3.scores.${excellence}`, 'one below min', withScore(3, excellence, 0)],
    [`reviews.3.scores.${excellence}`, 'not an integer', withScore(3, excellence, 8.5)],
    [`reviews.3.scores.${excellence}`, 'not a number', withScore(3, excellence, '8')],
    ['reviews.0.scores.clarity', 'an unknown criterion', withScore(0, 'clarity', 5)],
    [`reviews.2.scores.${collaboration}`, 'a criterion missing', without(2, collaboration)],
    [
      'reviews.8.application',
      'a review of an unknown application',
      { reviews: [...panel.reviews, review('a9', 'r1', 5)] },
    ],
    [
      'reviews.8.reviewer',
      'the same reviewer twice on one application',
      { reviews: [...panel.reviews, review('a1', 'r2', 5)] },
    ],
    ['rubric.0.max', 'min = max', { rubric: [{ id: 'x', min: 5, max: 5, weight: 1 }] }],
    ['rubric.0.max', 'min > max', { rubric: [{ id: 'x', min: 10, max: 1, weight: 1 }] }],
    ['rubric.1.weight', 'weight 0', { rubric: [rubric[0], { ...rubric[1], weight: 0 }] }],
    ['rubric.1.weight', 'weight below 0', { rubric: [rubric[0], { ...rubric[1], weight: -1 }] }],
    ['rubric.1.id', 'a criterion twice', { rubric: [rubric[0], rubric[0]] }],
    ['rubric', 'an empty rubric', { rubric: [] }],
    ['requiredReviews', 'requiredReviews 0', { requiredReviews: 0 }],
    [
      'applications.1.id',
      'an application twice',
      { applications: [application('a1'), application('a1')] },
    ],
    [
      'applications.0.submittedAt',
      'a date without a time',
      { applications: [application('a1', { submittedAt: '2026-03-01' })] },
    ],
    [
      'applications.0.interview',
      'interview above 100',
      { applications: [application('a1', { interview: 100.5 })] },
    ],
    [
      'applications.0.interview',
      'interview below 0',
      { applications: [application('a1', { interview: -1 })] },
    ],
    ['applications.0', 'a misspelt key', { applications: [application('a1', { adjustement: 5 })] }],
  ])('R-REV-SCORE: rejects %s (%s)', (path, _, change) => {
    expect(pathOf({ ...panel, ...change })).toBe(path);
  });

  it.each([
    ['interview exactly 0', { interview: 0 }],
    ['interview exactly 100', { interview: 100 }],
  ])('R-REV-RANK: accepts %s', (_, extra) => {
    expect(
      pathOf({
        ...panel,
        applications: [application('a1', extra), application('a2'), application('a3')],
      }),
    ).toBe('(no error)');
  });

  it('R-REV-SCORE: requiredReviews defaults to 3, normalise to off, closedWithFewer to false', () => {
    const { requiredReviews: _r, normalise: _n, ...rest } = panel;
    const out = rankCommand(rest);
    expect(out.incomplete).toEqual([{ application: 'a3', reviews: 2, required: 3 }]);
    expect(out.ranking.every((x) => x.normalised === null)).toBe(true);
  });

  it('R-REV-SCORE: closedWithFewer (an addition to the contract) ranks a3 with its 2 reviews', () => {
    const applications = [
      application('a1'),
      application('a2'),
      application('a3', { closedWithFewer: true }),
    ];
    const out = rankCommand({ ...panel, applications });
    expect(out.incomplete).toEqual([]);
    expect(out.ranking.find((x) => x.application === 'a3')).toMatchObject({ reviews: 2, rank: 3 });
  });

  it('R-REV-NORM: normalise true → a number beside raw for every ranked application', () => {
    const out = rankCommand({ ...panel, normalise: true });
    for (const x of out.ranking) expect(typeof x.normalised).toBe('number');
  });
});
