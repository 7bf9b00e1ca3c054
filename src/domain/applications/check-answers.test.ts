import { describe, expect, it } from 'vitest';

import { checkAnswers } from './check-answers';
import { formSections } from './form-definition';

const csc = formSections('csc', 'doctoral');

describe('checkAnswers', () => {
  it('a draft may be partial: only what is typed is checked', () => {
    expect(
      checkAnswers(csc, { personal: { phone: '+92 300 1234567' } }, { isSubmission: false }),
    ).toEqual([]);
    expect(
      checkAnswers(csc, { education: { edu_0_from: '2019-02-30' } }, { isSubmission: false }),
    ).toEqual([{ section: 'education', field: 'edu_0_from', code: 'invalid_date' }]);
  });

  it('at submission every required field must be answered', () => {
    const problems = checkAnswers(csc, {}, { isSubmission: true });
    expect(
      problems.some((p) => p.section === 'plan' && p.field === 'text' && p.code === 'required'),
    ).toBe(true);
    expect(problems.some((p) => p.section === 'host' && p.field === 'supervisorName')).toBe(false);
  });

  it('R-CSC-APPLY / R-GEN-WORDS: a CSC study plan of 799 words is too short, 800 is enough', () => {
    const short = checkAnswers(
      csc,
      { plan: { title: 'Rice', text: 'word '.repeat(799) } },
      { isSubmission: true },
    ).find((p) => p.field === 'text');
    expect(short).toEqual({
      section: 'plan',
      field: 'text',
      code: 'too_few_words',
      count: 799,
      minimum: 800,
    });
    const enough = checkAnswers(
      csc,
      { plan: { title: 'Rice', text: '研'.repeat(800) } },
      { isSubmission: true },
    ).find((p) => p.field === 'text');
    expect(enough).toBeUndefined();
  });

  it('a NUL is a problem of its field, in a draft and at submission, before any other check', () => {
    for (const isSubmission of [false, true]) {
      const problems = checkAnswers(
        csc,
        { personal: { address: 'House 1\u0000', phone: '\u0000' } },
        { isSubmission },
      ).filter((p) => p.section === 'personal' && p.field !== 'inChina');
      expect(problems).toEqual([
        { section: 'personal', field: 'phone', code: 'control_character' },
        { section: 'personal', field: 'address', code: 'control_character' },
      ]);
    }
  });

  it('line breaks and tabs are fine in a multi-line answer, not in a one-line one', () => {
    const answers = { personal: { address: 'House 1\r\n\tLahore', phone: '+92\t300' } };
    expect(checkAnswers(csc, answers, { isSubmission: false })).toEqual([
      { section: 'personal', field: 'phone', code: 'control_character' },
    ]);
  });

  it('R-ANSO-TWAS: only the PhD form asks the TWAS question', () => {
    const ids = (track: string) =>
      formSections('cas-anso', track)
        .find((s) => s.id === 'program')!
        .fields.map((f) => f.id);
    expect(ids('phd')).toContain('twasConsideration');
    expect(ids('master')).not.toContain('twasConsideration');
  });
});
