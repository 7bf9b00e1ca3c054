import { z } from 'zod';

/** `GET /applications/:id/form.pdf`: a malformed id is simply not found (404 in the service). */
export const ZPrintParams = z.object({ id: z.string().min(1).max(64) });
export type TPrintParams = z.infer<typeof ZPrintParams>;

/** What a printed verification code may contain; spaces typed around or inside it are dropped. */
export const ZVerificationCode = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'verify.invalid'));

/** `GET /staff/verify?code=…`: no code yet shows the empty form. */
export const ZVerifyQuery = z.object({ code: z.string().max(200).optional() });
export type TVerifyQuery = z.infer<typeof ZVerifyQuery>;
