import { describe, expect, it } from 'vitest';

import { ZStoredCallSettings } from '@/contracts/call-settings.schema';
import { addDays, daysBetween } from '@/domain/dates';
import { publicHolidaysOf } from '@/domain/holidays';
import { PROGRAM_IDS } from '@/domain/programs';
import { callFormFields, parseCallForm } from '@/http/routes/staff/call-form.schema';
import { callFormValues, submittedValues } from '@/http/routes/staff/call-form.values';

import { intakeYearAfter, planDemoCalls } from './demo-calls';

const isOpenOn = (day: string, c: { opensOn: string; closesOn: string }) =>
  c.opensOn <= day && day <= c.closesOn;

/** Every day from `from` to `to`, inclusive. */
function* days(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

describe('the demo calls follow the day the database is created (R-GEN-TIME)', () => {
  it.each([
    // [created on, intake year, CAS-ANSO current window, past CAS-ANSO call]
    ['2026-12-02', 2027, '2026-10-15 → 2027-01-31', 'cas-anso-2026-ucas 2025-10-15 → 2026-01-31'],
    ['2027-06-20', 2028, '2027-04-15 → 2027-07-31', 'cas-anso-2027-ucas 2026-04-15 → 2026-07-31'],
    ['2027-12-02', 2028, '2027-10-15 → 2028-01-31', 'cas-anso-2027-ucas 2026-10-15 → 2027-01-31'],
  ])(
    'created on %s: every program open for the %i intake, the past call closed',
    (today, year, anso, past) => {
      const cycle = planDemoCalls(today);
      expect(cycle.intakeYear).toBe(year);
      expect(new Set(cycle.current.map((c) => c.programId))).toEqual(new Set(PROGRAM_IDS));
      for (const c of cycle.current) {
        expect(isOpenOn(today, c), c.id).toBe(true);
        expect(c.intakeYear).toBe(year);
      }
      const ucas = cycle.current.find((c) => c.id === `cas-anso-${year}-ucas`)!;
      expect(`${ucas.opensOn} → ${ucas.closesOn}`).toBe(anso);
      const [pastUcas] = cycle.past;
      expect(`${pastUcas!.id} ${pastUcas!.opensOn} → ${pastUcas!.closesOn}`).toBe(past);
      expect(cycle.past.every((c) => c.closesOn < today && c.intakeYear === year - 1)).toBe(true);
    },
  );

  it('R-ANSO-CALL: created inside the 2026 window, the CAS-ANSO calls are the 2026 call as the document dates it', () => {
    const cycle = planDemoCalls('2026-01-10');
    expect(cycle.intakeYear).toBe(2026);
    for (const host of ['ucas', 'ustc']) {
      const call = cycle.current.find((c) => c.id === `cas-anso-2026-${host}`)!;
      expect([call.opensOn, call.closesOn, call.settings.isExample]).toEqual([
        '2025-10-15',
        '2026-01-31',
        false,
      ]);
      expect(call.settings.bornOnOrAfter).toEqual({ master: '1996-01-01', phd: '1991-01-01' });
    }
    // The example windows of the other programs, which the database tests read.
    expect(cycle.current.map((c) => `${c.id} ${c.opensOn} → ${c.closesOn}`).slice(2)).toEqual([
      'pifi-2026 2025-11-01 → 2026-05-31',
      'csc-2026 2026-01-05 → 2026-04-05',
      'bgs-2026-blcu 2025-12-01 → 2026-04-15',
    ]);
  });

  it('R-ANSO-CALL: after the 2026 window has closed, that call is the past one and the cycle is 2027, never the 2026 dates shifted', () => {
    const cycle = planDemoCalls('2026-03-01');
    expect(cycle.intakeYear).toBe(2027);
    expect(cycle.past.map((c) => `${c.id} ${c.opensOn} → ${c.closesOn}`)).toEqual([
      'cas-anso-2026-ucas 2025-10-15 → 2026-01-31',
      'cas-anso-2026-ustc 2025-10-15 → 2026-01-31',
    ]);
    expect(cycle.current.every((c) => c.settings.isExample)).toBe(true);
  });

  it('on every day of six years: all four programs open for one intake year after every deadline, one CAS-ANSO cycle closed before', () => {
    for (const today of days('2026-01-01', '2031-12-31')) {
      const { intakeYear, current, past } = planDemoCalls(today);
      for (const c of current) {
        expect(isOpenOn(today, c), `${today} ${c.id}`).toBe(true);
        expect(intakeYear, `${today} ${c.id}`).toBeGreaterThanOrEqual(intakeYearAfter(c.closesOn));
        // Invented windows close some weeks ahead, not tomorrow.
        if (c.settings.isExample) expect(daysBetween(today, c.closesOn)).toBeGreaterThanOrEqual(28);
      }
      expect(current.map((c) => c.programId).sort()).toEqual([
        'bgs',
        'cas-anso',
        'cas-anso',
        'csc',
        'pifi',
      ]);
      expect(past.map((c) => c.hostId)).toEqual(['UCAS', 'USTC']);
      for (const c of past) {
        expect(c.closesOn < today, `${today} ${c.id}`).toBe(true);
        expect(c.intakeYear).toBe(intakeYear - 1);
      }
      const ids = [...current, ...past].map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it.each([2026, 2027, 2031])(
    'R-ANSO-ELIG / R-GEN-AGE: cut-offs and reference dates follow the intake year (%i)',
    (year) => {
      const today = `${year - 1}-12-02`;
      const { current, past } = planDemoCalls(today);
      const anso = current.find((c) => c.programId === 'cas-anso')!;
      // TWAS takes the PhD cut-off through its parent track.
      expect(anso.settings.bornOnOrAfter).toEqual({
        master: `${year - 30}-01-01`,
        phd: `${year - 35}-01-01`,
      });
      expect(past[0]!.settings.bornOnOrAfter?.master).toBe(`${year - 31}-01-01`);
      expect(current.find((c) => c.programId === 'bgs')!.settings.ageOn).toBe(`${year}-09-01`);
    },
  );

  it('R-CSC-ABS: each call has its host’s vacations for four academic years from the intake, and every year has public holidays', () => {
    const { intakeYear, current, past } = planDemoCalls('2026-12-02');
    for (const c of [...current, ...past]) {
      const vacations = c.settings.vacations!;
      expect(vacations).toHaveLength(8);
      expect(vacations[0]).toEqual({
        from: `${c.intakeYear + 1}-01-15`,
        to: `${c.intakeYear + 1}-02-25`,
      });
      expect(vacations.at(-1)).toEqual({
        from: `${c.intakeYear + 4}-07-01`,
        to: `${c.intakeYear + 4}-08-31`,
      });
    }
    // Shipped State Council lists, else the 13 statutory days (12 when two fall on one day, as
    // in 2028): never an empty year.
    for (let year = intakeYear - 2; year <= intakeYear + 4; year++) {
      const holidays = publicHolidaysOf(year);
      expect(holidays.length, String(year)).toBeGreaterThanOrEqual(12);
      // The Spring Festival holiday lies inside the winter vacation.
      const festival = holidays.filter((d) => d.slice(5) > '01-10' && d.slice(5) < '03-01');
      expect(
        festival.every((d) => d.slice(5) >= '01-15' && d.slice(5) <= '02-25'),
        String(year),
      ).toBe(true);
    }
  });

  it('the officer’s form shows every demo setting and saves it back unchanged (nothing to check)', () => {
    const { current, past } = planDemoCalls('2026-01-10');
    for (const c of [...current, ...past]) {
      const settings = ZStoredCallSettings.parse(c.settings);
      const shown = callFormValues({ ...c, isPublished: true, settings });
      // As a browser sends the form back: every field, textarea lines with CRLF.
      const sent = Object.fromEntries(
        Object.entries(shown).map(([k, v]) => [k, v.replace(/\n/g, '\r\n')]),
      );
      const values = submittedValues(sent, callFormFields(c.programId, 0));
      for (const [field, value] of Object.entries(values))
        expect(value, `${c.id} ${field}`).toBe(shown[field] ?? '');
      const parsed = parseCallForm(c.programId, settings, values, 0);
      if (!parsed.ok) throw new Error(`${c.id}: ${JSON.stringify(parsed.errors)}`);
      expect(callFormValues({ ...c, ...parsed.change }), c.id).toEqual(shown);
    }
  });
});
