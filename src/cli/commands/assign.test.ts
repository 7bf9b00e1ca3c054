import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { assignCommand } from './assign';

const bin = fileURLToPath(new URL('../../../bin/jiangxue.mjs', import.meta.url));

function run(input: string): { status: number | null; output: Record<string, unknown> } {
  const r = spawnSync(process.execPath, [bin, 'assign'], { input, encoding: 'utf8' });
  return { status: r.status, output: JSON.parse(r.stdout) as Record<string, unknown> };
}

const reviewer = (id: string, extra: object) => ({
  id,
  capacity: 2,
  disciplines: ['physics'],
  institution: null,
  email: `${id}@gmail.com`,
  ...extra,
});
const application = (id: string, extra: object) => ({
  id,
  discipline: 'physics',
  institution: null,
  email: `${id}@gmail.com`,
  referees: [],
  supervisorEmail: null,
  ...extra,
});

// A panel with one conflict of each kind but the e-mail domain, and a started review.
const panel = {
  perApplication: 2,
  reviewers: [
    reviewer('r1', { institution: 'UCAS', email: 'li@ucas.ac.cn' }),
    reviewer('r2', { disciplines: ['physics', 'chemistry'], email: 'wang@ustc.edu.cn' }),
    reviewer('r3', { disciplines: ['chemistry'], email: 'zhao@pku.edu.cn' }),
    reviewer('r4', {}),
  ],
  applications: [
    application('a1', { institution: '中国科学院大学', referees: ['ZHAO@pku.edu.cn'] }),
    application('a2', { discipline: 'chemistry', supervisorEmail: 'Wang@ustc.edu.cn' }),
  ],
  declared: [{ reviewer: 'r4', application: 'a2' }],
  existing: [{ reviewer: 'r2', application: 'a1', started: true }],
};

describe('npx jiangxue assign', () => {
  it(
    'R-REV-ASSIGN: a panel → exit 0; assignments, under-covered and conflicts, sorted',
    { timeout: 30_000 },
    () => {
      const { status, output } = run(JSON.stringify(panel));
      expect(status).toBe(0);
      expect(output).toEqual({
        assignments: [
          { application: 'a1', reviewer: 'r2' },
          { application: 'a1', reviewer: 'r4' },
          { application: 'a2', reviewer: 'r1' },
          { application: 'a2', reviewer: 'r3' },
        ],
        underCovered: [],
        conflicts: [
          { application: 'a1', reviewer: 'r1', reason: 'institution' },
          { application: 'a1', reviewer: 'r3', reason: 'referee' },
          { application: 'a2', reviewer: 'r2', reason: 'supervisor' },
          { application: 'a2', reviewer: 'r4', reason: 'declared' },
        ],
      });
    },
  );

  it('R-REV-ASSIGN: `{}` → exit 2 naming the missing field', { timeout: 30_000 }, () => {
    const { status, output } = run('{}');
    expect(status).toBe(2);
    expect(output).toEqual({ error: { path: 'reviewers', message: expect.any(String) } });
  });
});

describe('assignCommand (in process)', () => {
  const pathOf = (input: unknown): string => {
    try {
      assignCommand(input);
    } catch (err) {
      return ((err as { issues: { path: unknown[] }[] }).issues[0]?.path ?? []).join('.');
    }
    return '(no error)';
  };

  it.each([
    ['perApplication', { perApplication: 0 }],
    ['perApplication', { perApplication: 2.5 }],
    ['reviewers.0.capacity', { reviewers: [reviewer('r1', { capacity: -1 })] }],
    ['reviewers.0.email', { reviewers: [reviewer('r1', { email: 'li at ucas' })] }],
    ['reviewers.1.id', { reviewers: [reviewer('r1', {}), reviewer('r1', {})] }],
    ['applications.0.discipline', { applications: [application('a1', { discipline: '' })] }],
    [
      'applications.0.referees.1',
      { applications: [application('a1', { referees: ['x@y.cn', 'nobody'] })] },
    ],
    ['declared.0.reviewer', { declared: [{ reviewer: 'r9', application: 'a1' }] }],
    ['existing.0.application', { existing: [{ reviewer: 'r1', application: 'a9' }] }],
    [
      'existing.1',
      {
        existing: [
          { reviewer: 'r1', application: 'a1' },
          { reviewer: 'r1', application: 'a1', started: true },
        ],
      },
    ],
  ])('R-REV-ASSIGN: rejects %s', (path, change) => {
    expect(pathOf({ ...panel, ...change })).toBe(path);
  });

  it('R-GEN-COI: a misspelt key is an error naming it, not a conflict silently dropped', () => {
    const input = { ...panel, applications: [application('a1', { supervisor_email: 'x@y.cn' })] };
    expect(pathOf(input)).toBe('applications.0');
    expect(() => assignCommand(input)).toThrow(/supervisor_email/);
  });

  it('R-REV-ASSIGN: perApplication defaults to 3; declared and existing to none', () => {
    const out = assignCommand({
      reviewers: panel.reviewers,
      applications: [application('a9', {})],
    });
    expect(out.assignments).toHaveLength(3);
  });

  it('R-REV-ASSIGN: an empty institution is no institution (no conflict between two empties)', () => {
    const out = assignCommand({
      perApplication: 1,
      reviewers: [reviewer('r1', { institution: ' ' })],
      applications: [application('a1', { institution: '' })],
    });
    expect(out).toEqual({
      assignments: [{ application: 'a1', reviewer: 'r1' }],
      underCovered: [],
      conflicts: [],
    });
  });
});
