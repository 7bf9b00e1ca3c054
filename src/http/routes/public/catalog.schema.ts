import { z } from 'zod';

/** `/programs/:id` and `/api/v1/programs/:id`: a program id like `cas-anso` (unknown = 404). */
export const ZProgramParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/) });
