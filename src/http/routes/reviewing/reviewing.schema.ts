import { z } from 'zod';

import { zText } from '@/contracts/text.schema';

const ZId = z.string().min(1).max(64);

/** `/review/panels/:panelId…`: a malformed id is simply not found. */
export const ZPanelParams = z.object({ panelId: ZId });
export const ZApplicationParams = z.object({ panelId: ZId, applicationId: ZId });
export const ZDocumentParams = ZApplicationParams.extend({ documentId: ZId });

/** Which document the viewer shows: the printed form (default) or a document id. */
export const ZReviewQuery = z.object({
  doc: z.string().max(64).optional(),
  saved: z.literal('1').optional(),
  submitted: z.literal('1').optional(),
});
export const ZQueueQuery = z.object({
  declared: z.literal('1').optional(),
  imported: z.coerce.number().int().min(0).max(100_000).optional(),
});

export const ZComment = zText({ kind: 'multiline' }).max(20_000);
const ZScoreText = z.string().max(20);

/** The declaration form: ticked application ids (one or many) and "none". */
export const ZDeclarationForm = z.object({
  conflict: z
    .union([ZId, z.array(ZId).max(10_000)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  none: z.literal('1').optional(),
});

/** Autosave: the criteria typed so far, and the comment when it changed. */
export const ZReviewDraft = z.object({
  scores: z.record(z.string().max(60), ZScoreText).default({}),
  comment: ZComment.optional(),
});

/** The score form as posted without JavaScript: `score-<criterion>` fields, comment, intent. */
export function reviewFormFields(body: unknown): {
  scores: Record<string, string>;
  comment: string | undefined;
  isCommentRefused: boolean;
  intent: 'save' | 'submit';
  isConfirmed: boolean;
} {
  const b = (body ?? {}) as Record<string, unknown>;
  const scores: Record<string, string> = {};
  for (const [k, v] of Object.entries(b))
    if (k.startsWith('score-') && typeof v === 'string') scores[k.slice(6)] = v.slice(0, 20);
  const comment = ZComment.safeParse(typeof b.comment === 'string' ? b.comment : '');
  return {
    scores,
    comment: comment.success ? comment.data : undefined,
    isCommentRefused: !comment.success,
    intent: b.intent === 'submit' ? 'submit' : 'save',
    isConfirmed: b.confirm === '1' || b.confirm === 'on',
  };
}
