import type { TDb } from '@/db/client';
import type { TPanelMemberRow, TPanelWithProgram } from '@/db/repositories/panel.repository';
import { getProgram, isProgramId } from '@/domain/programs';
import { isLocale } from '@/i18n/locales';

import { newToken } from '../accounts/secrets';
import type { TDeps } from '../context';
import { queueMail } from '../mail/queue-mail';
import { dueOnOf } from './panel-form';

/**
 * A new invitation token for a member (only its SHA-256 is stored; a resend replaces the
 * old one, whose link then stops working) and the email carrying the link, in the member's
 * language, queued in the caller's transaction.
 */
export async function queueInvitation(
  tx: TDb,
  deps: Pick<TDeps, 'env'>,
  at: Date,
  panel: TPanelWithProgram,
  member: Pick<TPanelMemberRow, 'id' | 'email' | 'displayName' | 'locale' | 'role'>,
): Promise<{ tokenHash: string }> {
  const { token, tokenHash } = newToken();
  const locale = isLocale(member.locale) ? member.locale : 'en';
  const program = isProgramId(panel.programId) ? getProgram(panel.programId).name : null;
  await queueMail(
    tx,
    at,
    member.email,
    locale,
    {
      template: 'panel_invitation',
      params: {
        name: member.displayName,
        panel: panel.name,
        program: program ? (locale === 'zh-CN' ? program.zh : program.en) : panel.programId,
        role: member.role,
        due: dueOnOf(panel.reviewsDueAt) ?? '—',
        link: `${deps.env.PUBLIC_URL}/review/invitations/${token}`,
      },
    },
    { type: 'panel_member', id: member.id },
  );
  return { tokenHash };
}
