/**
 * The registry of every action a route or service may ask about, as `resource.action`.
 * A route that declares an action not listed here fails the route-policy test.
 */
export const PERMISSIONS = [
  'public.view',
  'health.read',
  'account.sign_up',
  'account.sign_in',
  'account.verify_email',
  'account.reset_password',
  'account.read',
  'account.update',
  'session.sign_out',
  'staff.dashboard',
  'audit.read',
  'mailbox.read',
  'mailbox.reveal',
  'call.update',
  'applicant.profile',
  'application.create',
  'application.read',
  'application.update',
  'application.submit',
  'document.upload',
  'document.read',
  'referee.manage',
  'letter.write',
  'letter.read',
  'application.verify',
  // Issue 11: officers build review panels; anyone holding an invitation link may open it.
  'panel.manage',
  'panel.join',
  // Issue 11: a panel's ranking (R-REV-RANK), the chair's adjustment (R-REV-FLAG), closing an
  // incomplete application with fewer reviews (R-REV-SCORE).
  'ranking.read',
  'ranking.adjust',
  'ranking.close',
  'review.work',
  // Issue 11, screening: a CSC bilateral application's nomination by its dispatching authority
  // (R-CSC-APPLY), then the host's admission officers' screening.
  'nomination.read',
  'nomination.decide',
  'screening.read',
  'screening.decide',
  // Issue 11 point 7: shortlist, slots, invitations and interview scores (R-REV-RANK) by the
  // program's officers, administrators and the panel's chair; booking from a personal link.
  'interview.manage',
  'interview.book',
] as const;

export type TPermission = (typeof PERMISSIONS)[number];

export function isPermission(value: unknown): value is TPermission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}
