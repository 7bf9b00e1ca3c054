import { z } from 'zod';

/** Stable job id and versioned payload (STYLE habit 13). The handler is idempotent. */
export const DELIVER_MAIL_JOB = 'mail.deliver';
export const ZDeliverMailPayload = z.object({ version: z.literal(1) });
export type TDeliverMailPayload = z.infer<typeof ZDeliverMailPayload>;
