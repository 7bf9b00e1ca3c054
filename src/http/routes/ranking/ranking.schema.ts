import { z } from 'zod';

import { ZText } from '@/contracts/text.schema';

export const ZPanelParams = z.object({ panelId: z.uuid() });
export const ZPanelApplicationParams = z.object({ panelId: z.uuid(), applicationId: z.uuid() });
export const ZRankingQuery = z.object({ saved: z.enum(['adjusted', 'closed']).optional() });
export const ZExportQuery = z.object({ format: z.enum(['csv', 'xlsx']) });

/**
 * A written reason: trimmed, 5 to 1,000 characters, without control characters (PostgreSQL
 * cannot store U+0000; a pasted one was a 500).
 */
export const ZReason = ZText.trim().min(5).max(1000);

/**
 * R-REV-FLAG: a signed amount in points with at most 2 decimals, |x| ≤ 100, as hundredths
 * (integer arithmetic on the digits, never a float).
 * @example ZCentipoints.parse('-2.5') // -250
 */
export const ZCentipoints = z
  .string()
  .trim()
  .regex(/^[+\-−]?\d{1,3}(\.\d{1,2})?$/)
  .transform((s) => {
    const negative = s.startsWith('-') || s.startsWith('−');
    const [whole, fraction = ''] = s.replace(/^[+\-−]/, '').split('.');
    const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
    return negative ? -value : value;
  })
  .refine((c) => Math.abs(c) <= 10_000);

export const ZAdjustmentForm = z.object({
  applicationId: z.string().default(''),
  adjustment: z.string().default(''),
  reason: z.string().default(''),
});
