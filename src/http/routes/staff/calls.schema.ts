import { z } from 'zod';

/** `/staff/calls/:id…`: a call id, a slug like `csc-2026` (an unknown one is 404 in the service). */
export const ZCallParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });

/** `GET /staff/calls/:id?saved=1`: after a save, the page says so; any other value says nothing. */
export const ZCallQuery = z.object({
  saved: z.literal('1').optional().catch(undefined),
});
