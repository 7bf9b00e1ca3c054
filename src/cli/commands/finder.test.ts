import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { finderCommand } from './finder';

const bin = fileURLToPath(new URL('../../../bin/jiangxue.mjs', import.meta.url));

function run(input: unknown): { status: number | null; output: Record<string, unknown> } {
  const r = spawnSync(process.execPath, [bin, 'finder'], {
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  return { status: r.status, output: JSON.parse(r.stdout) as Record<string, unknown> };
}

// The issue's own example profile.
const issueExample = {
  asOf: '2026-01-10',
  intakeYear: 2026,
  birthDate: '1996-01-01',
  nationality: 'PK',
  gender: 'female',
  formerChineseNationality: false,
  inChina: false,
  highestQualification: 'bachelor',
  academicTitle: 'none',
  studyingInChina: 'none',
  level: 'master',
  subject: 'engineering',
  teachingLanguage: 'english',
  english: { native: false, toefl: 90, ielts: null },
  hsk: null,
  preAdmissionNotice: false,
  academics: {
    qsTop500: true,
    keyInstitution: false,
    averageScore: 86,
    gpa: null,
    currentStudent: false,
    lastYearAverage: null,
  },
  host: 'UCAS',
  climateResearch: false,
  twasConsideration: false,
  otherScholarships: [{ name: 'Provincial award', oneTime: false }],
};

describe('npx jiangxue finder', () => {
  it(
    'issue 4: the issue example → exit 0 and one result per master track',
    { timeout: 30_000 },
    () => {
      const { status, output } = run(issueExample);
      expect(status).toBe(0);
      const results = output.results as {
        program: string;
        track: string;
        status: string;
        call: unknown;
      }[];
      expect(results.map((r) => [r.program, r.track, r.status])).toEqual([
        ['cas-anso', 'master', 'eligible'],
        ['csc', 'master', 'eligible'],
        ['bgs', 'master', 'ineligible'],
      ]);
      expect(results[0]?.call).toEqual({
        open: true,
        opensAt: '2025-10-14T16:00:00Z',
        closesAt: '2026-01-31T16:00:00Z',
      });
    },
  );

  it(
    'issue 4: a bad nested field → exit 2 naming it with a dotted path',
    { timeout: 30_000 },
    () => {
      const { status, output } = run({
        ...issueExample,
        english: { native: false, toefl: 'ninety', ielts: null },
      });
      expect(status).toBe(2);
      expect(output).toEqual({ error: { path: 'english.toefl', message: expect.any(String) } });
    },
  );
});

describe('finderCommand (in process)', () => {
  it.each([
    ['birthDate', { birthDate: '1996-02-30' }],
    ['nationality', { nationality: 'XX' }],
    ['level', { level: 'phd' }],
    ['academics.gpa', { academics: { ...issueExample.academics, gpa: 5 } }],
    ['otherScholarships.0.oneTime', { otherScholarships: [{ name: 'x' }] }],
    ['enrollmentDate', { enrollmentDate: '1 Sept 2026' }],
    ['subject', { subject: 'engi\u0000neering' }],
    ['otherScholarships.0.name', { otherScholarships: [{ name: 'x\u0000', oneTime: true }] }],
  ])('issue 4: a bad %s is rejected with that path', (path, change) => {
    expect(() => finderCommand({ ...issueExample, ...change })).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
          }),
        ],
      }),
    );
  });

  it('issue 4: only the core facts are required; the rest default to "not declared"', () => {
    const result = finderCommand({
      asOf: '2026-01-10',
      intakeYear: 2026,
      birthDate: '1993-05-05',
      nationality: 'et',
      highestQualification: 'master',
      level: 'doctoral',
    });
    expect(result.results.map((r) => `${r.program}/${r.track}:${r.status}`)).toEqual([
      'cas-anso/phd:review',
      'cas-anso/twas:ineligible',
      'csc/doctoral:eligible',
      'bgs/doctoral:review',
    ]);
  });
});
