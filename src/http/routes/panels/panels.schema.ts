import { z } from 'zod';

import { ZText } from '@/contracts/text.schema';

import { ZEmail, ZNewPassword } from '../account/account.schema';

const ZUuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

export const ZPanelParams = z.object({ id: ZUuid });
export const ZMemberParams = z.object({ id: ZUuid, memberId: ZUuid });
export const ZAssignmentParams = z.object({ id: ZUuid, assignmentId: ZUuid });
export const ZCallQuery = z.object({ call: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });
export const ZCallField = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
export const ZVersion = z.coerce.number().int().min(1);
/** `?done=…` after a POST-redirect: what the page says it did; anything else says nothing. */
export const ZPanelQuery = z.object({
  done: z
    .enum(['saved', 'invited', 'resent', 'removed', 'assigned', 'added', 'unassigned'])
    .optional()
    .catch(undefined),
});

export const INVITE_FIELDS = [
  'displayName',
  'email',
  'institution',
  'disciplines',
  'capacity',
  'role',
  'locale',
] as const;

export const ZInviteForm = z.object({
  displayName: ZText.trim()
    .min(1, { error: 'errors.name_required' })
    .max(200, { error: 'errors.name_too_long' }),
  email: ZEmail,
  institution: ZText.trim()
    .min(1, { error: 'panels.errors.institution_required' })
    .max(300, { error: 'panels.errors.institution_required' }),
  disciplines: ZText.max(1000).transform((s) =>
    [
      ...new Set(
        s
          .split(/[,，;；\n]/)
          .map((d) => d.trim())
          .filter(Boolean),
      ),
    ].slice(0, 20),
  ),
  capacity: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, { error: 'panels.errors.capacity_invalid' })
    .transform(Number)
    .refine((n) => n >= 0 && n <= 500, { error: 'panels.errors.capacity_invalid' }),
  role: z.enum(['reviewer', 'chair'], { error: 'panels.errors.role_required' }),
  locale: z.enum(['en', 'zh-CN'], { error: 'errors.locale_required' }),
});

export const ZAddAssignmentForm = z.object({
  applicationId: ZUuid,
  memberId: ZUuid,
});

export const ZInvitationParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

export const ZJoinForm = z.object({
  displayName: ZText.trim()
    .min(1, { error: 'errors.name_required' })
    .max(200, { error: 'errors.name_too_long' }),
  password: ZNewPassword,
});
