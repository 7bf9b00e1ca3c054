import { z } from 'zod';

export const ZPanelParams = z.object({ panelId: z.uuid() });
export const ZPanelApplicationParams = z.object({ panelId: z.uuid(), applicationId: z.uuid() });
export const ZPanelSlotParams = z.object({ panelId: z.uuid(), slotId: z.uuid() });
export const ZInterviewsQuery = z.object({
  saved: z.enum(['slot_created', 'slot_removed', 'invited', 'scored']).optional(),
  count: z.coerce.number().int().min(0).max(10_000).optional(),
});

/**
 * The slot form as typed, under the names the page posts (`slot-date`…, the ids its errors are
 * shown beside); the domain's checkSlot judges it (errors beside each field).
 */
export const ZSlotForm = z
  .object({
    'slot-date': z.string().default(''),
    'slot-time': z.string().default(''),
    'slot-duration': z.string().default(''),
    'slot-location': z.string().default(''),
  })
  .transform((f) => ({
    date: f['slot-date'],
    time: f['slot-time'],
    duration: f['slot-duration'],
    location: f['slot-location'],
  }));

export const ZShortlistForm = z.object({ shortlist: z.enum(['yes', 'no']) });

/**
 * R-REV-RANK: an interview score, 0–100 with at most 2 decimals, as hundredths (integer
 * arithmetic on the digits, never a float).
 * @example ZScoreCentipoints.parse('90.5') // 9050
 */
export const ZScoreCentipoints = z
  .string()
  .trim()
  .regex(/^\d{1,3}([.,]\d{1,2})?$/)
  .transform((s) => {
    const [whole, fraction = ''] = s.split(/[.,]/);
    return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  })
  .refine((c) => c <= 10_000);

export const ZBookingParams = z.object({ token: z.string().min(1).max(100) });
export const ZBookingQuery = z.object({
  zone: z.string().max(64).optional(),
  booked: z.enum(['1']).optional(),
});
export const ZBookingForm = z.object({
  slotId: z.string().default(''),
  zone: z.string().max(64).default(''),
});
