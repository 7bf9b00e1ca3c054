import { z } from 'zod';

import { ZText } from '@/contracts/text.schema';

const ZOptionalText = ZText.trim()
  .max(200)
  .optional()
  .transform((v) => (v ? v : undefined));
const ZOptionalDate = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.iso.date({ error: 'errors.date_invalid' }).optional());

export const ZAuditQuery = z.object({
  action: ZOptionalText,
  entityType: ZOptionalText,
  entityId: ZOptionalText,
  /** Beijing calendar days, inclusive (R-GEN-TIME). */
  from: ZOptionalDate,
  to: ZOptionalDate,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const ZMailboxQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export const ZMailParams = z.object({ id: z.uuid() });
