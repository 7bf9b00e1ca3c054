import type { TLocale } from '@/i18n/locales';
import { translate, type TMessageKey } from '@/i18n/translate';

/** Every email Jiangxue sends, with the parameters it needs. */
export type TMailTemplate =
  | { template: 'verify_email'; params: { name: string; link: string } }
  | { template: 'reset_password'; params: { name: string; link: string } }
  | { template: 'account_exists'; params: { name: string; signInLink: string; resetLink: string } };

export type TRenderedMail = { subject: string; text: string };

/**
 * Renders an email in the recipient's language at the moment it is queued, so the outbox row
 * holds exactly what is sent and what the mailbox page shows.
 * @example renderMail('zh-CN', { template: 'verify_email', params: { name: 'Amina', link } }).subject
 */
export function renderMail(locale: TLocale, mail: TMailTemplate): TRenderedMail {
  const subjectKey = `email.${mail.template}.subject` as TMessageKey;
  const bodyKey = `email.${mail.template}.body` as TMessageKey;
  const params = mail.params as Record<string, string>;
  const body = translate(locale, bodyKey, params);
  const footer = translate(locale, 'email.footer');
  return { subject: translate(locale, subjectKey, params), text: `${body}\n\n-- \n${footer}\n` };
}
