import { z } from 'zod';

/** `/assets/:name`: only the plain file names the public folder holds. */
export const ZAssetParams = z.object({
  name: z.string().regex(/^[a-z0-9-]+\.(css|js|svg|png|ico)$/),
});
