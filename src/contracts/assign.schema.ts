import { z } from 'zod';

// The input of `npx jiangxue assign` (the review issue's contract). Field names are fixed;
// fields may be added, never renamed. Objects are strict: a misspelt key ("referee",
// "supervisor_email") would otherwise be dropped and the conflict it carries missed, so it is
// an error naming the field. Ids that repeat or point nowhere are errors too, exit 2.

const ZId = z.string().trim().min(1);

const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(s.normalize('NFKC'));
const ZEmail = z
  .string()
  .trim()
  .refine(looksLikeEmail, { error: 'Expected an e-mail address, e.g. li.wei@ucas.ac.cn' });

/** An institution's name as typed; empty is "not given". */
const ZInstitution = z
  .string()
  .trim()
  .nullable()
  .default(null)
  .transform((s) => (s === '' ? null : s));

export const ZAssignReviewer = z.strictObject({
  id: ZId,
  /** The most reviews this reviewer takes in the panel, started ones included. */
  capacity: z.number().int().nonnegative(),
  disciplines: z.array(z.string().trim().min(1)).default([]),
  institution: ZInstitution,
  email: ZEmail,
});

export const ZAssignApplication = z.strictObject({
  id: ZId,
  discipline: z.string().trim().min(1),
  institution: ZInstitution,
  /** The applicant's address. */
  email: ZEmail,
  referees: z.array(ZEmail).default([]),
  supervisorEmail: ZEmail.nullable().default(null),
});

export const ZAssignPair = z.strictObject({ reviewer: ZId, application: ZId });

export const ZAssignExisting = z.strictObject({
  reviewer: ZId,
  application: ZId,
  /** The reviewer has opened the review: it never moves (R-REV-ASSIGN). */
  started: z.boolean().default(false),
});

type TRef = { reviewer: string; application: string };

export const ZAssignInput = z
  .strictObject({
    /** k, reviewers per application (R-REV-ASSIGN: default 3). */
    perApplication: z.number().int().min(1).max(50).default(3),
    reviewers: z.array(ZAssignReviewer),
    applications: z.array(ZAssignApplication),
    declared: z.array(ZAssignPair).default([]),
    existing: z.array(ZAssignExisting).default([]),
  })
  .superRefine((input, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const unique = (list: readonly { id: string }[], field: string) => {
      const seen = new Set<string>();
      list.forEach((x, i) => {
        if (seen.has(x.id)) issue([field, i, 'id'], `Duplicate id "${x.id}"`);
        seen.add(x.id);
      });
      return seen;
    };
    const reviewers = unique(input.reviewers, 'reviewers');
    const applications = unique(input.applications, 'applications');
    const references = (list: readonly TRef[], field: string) =>
      list.forEach((x, i) => {
        if (!reviewers.has(x.reviewer))
          issue([field, i, 'reviewer'], `Unknown reviewer "${x.reviewer}"`);
        if (!applications.has(x.application))
          issue([field, i, 'application'], `Unknown application "${x.application}"`);
      });
    references(input.declared, 'declared');
    references(input.existing, 'existing');
    const pairs = new Set<string>();
    input.existing.forEach((x, i) => {
      const key = JSON.stringify([x.application, x.reviewer]);
      if (pairs.has(key))
        issue(['existing', i], `Duplicate assignment of "${x.reviewer}" to "${x.application}"`);
      pairs.add(key);
    });
  });

export type TAssignInput = z.infer<typeof ZAssignInput>;
