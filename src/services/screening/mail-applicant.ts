import type { TDb } from '@/db/client';
import { findUserById } from '@/db/repositories/user.repository';
import type { TApplication } from '@/domain/applications/application';
import { getProgram } from '@/domain/programs';
import { isLocale, type TLocale } from '@/i18n/locales';

import type { TDeps } from '../context';
import { queueMail } from '../mail/queue-mail';
import type { TMailTemplate } from '../mail/templates';

/** What every screening email to the applicant names, in their language. */
export type TApplicantMailBase = { name: string; program: string; link: string };

/**
 * Queues an email to the application's applicant in THEIR language (their account's locale),
 * in the caller's transaction (outbox).
 */
export async function mailApplicant(
  deps: TDeps,
  tx: TDb,
  now: Date,
  app: TApplication,
  build: (base: TApplicantMailBase, locale: TLocale) => TMailTemplate,
): Promise<void> {
  const user = await findUserById(tx, app.applicantUserId);
  if (!user) return;
  const locale = isLocale(user.locale) ? user.locale : 'en';
  const program = getProgram(app.programId);
  const base = {
    name: user.displayName,
    program: locale === 'zh-CN' ? program.name.zh : program.name.en,
    link: `${deps.env.PUBLIC_URL}/applications/${app.id}`,
  };
  await queueMail(tx, now, user.email, locale, build(base, locale), {
    type: 'application',
    id: app.id,
  });
}
