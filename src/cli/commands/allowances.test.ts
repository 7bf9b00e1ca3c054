import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function run(input: unknown): { status: number | null; output: Record<string, unknown> } {
  const result = spawnSync(process.execPath, ['bin/jiangxue.mjs', 'allowances'], {
    cwd: root,
    input: typeof input === 'string' ? input : JSON.stringify(input),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: JSON.parse(result.stdout) as Record<string, unknown> };
}

// The example of the allowances contract.
const example = {
  program: 'csc',
  level: 'doctoral',
  subjectCategory: 'II',
  bgsCategory: null,
  items: 'full',
  twas: false,
  inChinaAtApplication: false,
  registrationDate: '2026-09-16',
  qualificationPassedOn: null,
  endDate: '2030-06-30',
  graduationDate: null,
  revokedOn: null,
  accommodation: [{ from: '2026-09-16', offCampus: true }],
  absences: [{ from: '2027-03-01', to: '2027-03-25', reason: 'personal' }],
  vacations: [{ from: '2027-01-10', to: '2027-02-20' }],
  suspensions: [{ from: '2027-09-01', to: '2028-08-31' }],
  publicHolidays: null,
  monthlyAmountFen: null,
  months: { from: '2026-09', to: '2027-08' },
};

type TMonth = {
  month: string;
  lines: { item: string; amountFen: number; halves: number }[];
  totalFen: number;
};

describe('npx jiangxue allowances', { timeout: 60_000 }, () => {
  it("R-CSC-LIV-2, R-CSC-ABS, R-CSC-ACCOM: the issue's example → exit 0, every month listed", () => {
    const { status, output } = run(example);
    expect(status).toBe(0);
    const months = output.months as TMonth[];
    expect(months.map((m) => m.month)).toHaveLength(12);
    expect(months[0]).toMatchObject({ month: '2026-09', totalFen: 225_000 });
    expect(months[0]!.lines).toEqual([
      { item: 'living', amountFen: 175_000, sponsor: 'CSC', halves: 1, rule: 'R-CSC-LIV-1' },
      { item: 'accommodation', amountFen: 50_000, sponsor: 'CSC', halves: 1, rule: 'R-CSC-ACCOM' },
    ]);
    expect(months.find((m) => m.month === '2027-03')!.totalFen).toBe(275_000);
    expect(months.at(-1)!.totalFen).toBe(450_000);
    expect(output.totalFen).toBe(5_000_000);
  });

  it.each([
    [{ ...example, registrationDate: '2026-02-30' }, 'registrationDate'],
    [
      { ...example, absences: [{ from: '2027-03-01', to: '2027-03-25', reason: 'holiday' }] },
      'absences.0.reason',
    ],
    [{ ...example, suspensions: [{ from: '2027-09-01', to: '2027-08-31' }] }, 'suspensions.0.to'],
    [{ ...example, months: { from: '2026-09', to: '2026-13' } }, 'months.to'],
    [{ ...example, program: 'pifi', level: 'fellow' }, 'monthlyAmountFen'],
    [{ ...example, program: 'bgs' }, 'bgsCategory'],
    [{ ...example, program: 'cas-anso', level: 'fellow' }, 'level'],
    [{ ...example, monthlyAmountFen: 12.5 }, 'monthlyAmountFen'],
  ])('a bad field → exit 2 naming the dotted path %#: %s', (input, path) => {
    const { status, output } = run(input);
    expect(status).toBe(2);
    expect(output).toEqual({ error: { path, message: expect.any(String) } });
  });

  it('text that is not JSON → exit 2', () => {
    expect(run('{ nope').status).toBe(2);
  });
});
