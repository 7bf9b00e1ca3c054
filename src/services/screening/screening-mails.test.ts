import { describe, expect, it } from 'vitest';

import { formatBeijingDeadline } from '@/i18n/format';

import { renderMail, type TMailTemplate } from '../mail/templates';

// The screening emails to an applicant, in each language: every parameter appears, the Chinese
// ones are in Chinese, and a return's deadline reads in Beijing time (R-GEN-EDIT, R-GEN-TIME).
const base = { name: 'Lan', program: 'CSC', link: 'http://localhost:3000/applications/x' };
const due = new Date('2026-04-15T16:00:00Z');

const mails = (locale: 'en' | 'zh-CN'): TMailTemplate[] => [
  { template: 'screening_incomplete', params: { ...base, reason: 'REASON-1' } },
  {
    template: 'screening_returned',
    params: { ...base, correction: 'CORRECTION-1', deadline: formatBeijingDeadline(due, locale) },
  },
  { template: 'nomination_declined', params: { ...base, reason: 'REASON-2' } },
  { template: 'nomination_nominated', params: base },
];

describe('screening emails', () => {
  it.each(['en', 'zh-CN'] as const)('%s: every parameter is in the body', (locale) => {
    for (const mail of mails(locale)) {
      const { subject, text } = renderMail(locale, mail);
      expect(subject.trim(), mail.template).not.toBe('');
      for (const value of Object.values(mail.params)) expect(text, mail.template).toContain(value);
      if (locale === 'zh-CN') expect(subject, mail.template).toMatch(/\p{Script=Han}/u);
    }
  });

  it('R-GEN-EDIT: the new deadline reads as 24:00 Beijing time of its day', () => {
    const [, returned] = mails('en');
    expect(renderMail('en', returned!).text).toContain('15 Apr 2026');
    const [, zh] = mails('zh-CN');
    expect(renderMail('zh-CN', zh!).text).toContain('北京时间');
  });
});
