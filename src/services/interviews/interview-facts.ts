// What the interview services share: the panel opened for its interviews, the program's name in
// a language, the organiser of the calendar files and the booking link.
import type { TDb } from '@/db/client';
import { getProgram, isProgramId } from '@/domain/programs';
import { isLocale, type TLocale } from '@/i18n/locales';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import type { TDeps } from '../context';
import { openPanel, type TPanelAccess } from '../ranking/panel-access';
import type { TOrganizer } from './ics-file';

/**
 * A panel as the actor may run its interviews (R-REV-RANK): the ranking's access (officers of
 * the program, administrators, the panel's chair, whose conflicts are hidden) and 404 for a
 * panel that holds no interviews.
 */
export async function openInterviewPanel(
  db: TDb,
  actor: TActor,
  panelId: string,
): Promise<TPanelAccess> {
  const access = await openPanel(db, actor, panelId, 'interview.manage');
  if (!access.panel.hasInterviews)
    throw new AppError('not_found', 'This panel holds no interviews');
  return access;
}

export function localeOf(value: string): TLocale {
  return isLocale(value) ? value : 'en';
}

/** @example programName('pifi', 'zh-CN') // the program's Chinese name */
export function programName(programId: string, locale: TLocale): string {
  if (!isProgramId(programId)) return programId;
  const name = getProgram(programId).name;
  return locale === 'zh-CN' ? name.zh : name.en;
}

/** The calendar files' ORGANIZER: MAIL_FROM's name and address. */
export function organizerOf(deps: Pick<TDeps, 'env'>): TOrganizer {
  const from = deps.env.MAIL_FROM;
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match
    ? { name: match[1] || 'Jiangxue', email: match[2]! }
    : { name: 'Jiangxue', email: from.trim() };
}

export function bookingLink(deps: Pick<TDeps, 'env'>, token: string): string {
  return `${deps.env.PUBLIC_URL}/interviews/${token}`;
}
