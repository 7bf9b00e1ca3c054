import { hasRole, isStaff, type TActor } from './actor';
import type { TPermission } from './permissions';

/** What an action is about, when it is about something: its owner and its scope. */
export type TResource = {
  ownerUserId?: string;
  letterId?: string;
  programId?: string;
  institutionId?: string;
  /** The actor's standing on the panel concerned (panel_members, not removed): null for none. */
  panelRole?: 'chair' | 'reviewer' | null;
  /** The account a panel membership belongs to (`review.work`: the member themself only). */
  memberUserId?: string;
  /**
   * R-CSC-APPLY: a CSC application's applicant's nationality (ISO alpha-2) and the agency
   * number it was filed under, for its dispatching authority; set only once it has been sent.
   */
  countryCode?: string;
  agencyNumber?: string;
};

type TRule = (actor: TActor, resource: TResource) => boolean;

const anyone: TRule = () => true;
const signedIn: TRule = (a) => a.kind === 'user';
const administrator: TRule = (a) => hasRole(a, 'administrator');

/** The applicant who owns the thing (no resource: any applicant, for the coarse route check). */
const applicantOwner: TRule = (a, r) =>
  a.kind === 'user' &&
  hasRole(a, 'applicant') &&
  (r.ownerUserId === undefined || r.ownerUserId === a.userId);

/**
 * Staff who may see an application: administrators; program officers of its program; admission
 * officers of its host. Reviewers and panel chairs are NOT here: a role of a program says
 * nothing of which files they may open. They read applications only through the review routes
 * (`review.work`), by panel membership, assignment and conflicts (R-GEN-COI), checked in one
 * place (services/reviewing/reviewer-access.ts).
 */
const staffOfApplication: TRule = (a, r) =>
  a.kind === 'user' &&
  a.roles.some(
    (g) =>
      g.role === 'administrator' ||
      (g.role === 'program_officer' &&
        (r.programId === undefined || g.programId === r.programId)) ||
      (g.role === 'admission_officer' &&
        (r.institutionId === undefined || g.institutionId === r.institutionId)),
  );

/** A program officer acts on their own program only (no resource: the coarse route check). */
const programOfficerOf: TRule = (a, r) =>
  a.kind === 'user' &&
  a.roles.some(
    (g) =>
      g.role === 'program_officer' && (r.programId === undefined || g.programId === r.programId),
  );

/** The panel's chair (no resource: anyone signed in might chair a panel, for the coarse check). */
const panelChair: TRule = (a, r) =>
  a.kind === 'user' && (r.panelRole === undefined || r.panelRole === 'chair');

/**
 * R-CSC-APPLY: the dispatching authority a CSC application was filed under — the grant's
 * country is the applicant's nationality and its agency number the one the application quotes
 * (docs/rules.md, "Screening (issue 11)"). No resource: the coarse route check.
 */
const dispatchingAuthorityOf: TRule = (a, r) =>
  a.kind === 'user' &&
  a.roles.some(
    (g) =>
      g.role === 'dispatching_authority' &&
      (r.programId === undefined ||
        (r.programId === 'csc' &&
          !!g.countryCode &&
          !!g.agencyNumber &&
          g.countryCode.toUpperCase() === r.countryCode &&
          g.agencyNumber === r.agencyNumber)),
  );

/** Admission officers of the application's host: they screen it (issue 11). */
const admissionOfficerOf: TRule = (a, r) =>
  a.kind === 'user' &&
  a.roles.some(
    (g) =>
      g.role === 'admission_officer' &&
      (r.institutionId === undefined || g.institutionId === r.institutionId),
  );

/**
 * The one table of who may do what. Routes check it coarsely (no resource), services check it
 * again with the resource in hand; repositories scope their queries on top (defence in depth).
 */
const RULES: Record<TPermission, TRule> = {
  'public.view': anyone,
  'health.read': anyone,
  'account.sign_up': anyone,
  'account.sign_in': anyone,
  'account.verify_email': anyone,
  'account.reset_password': anyone,
  'account.read': (a, r) =>
    a.kind === 'user' && (r.ownerUserId === undefined || r.ownerUserId === a.userId),
  'account.update': (a, r) =>
    a.kind === 'user' && (r.ownerUserId === undefined || r.ownerUserId === a.userId),
  'session.sign_out': signedIn,
  'staff.dashboard': isStaff,
  'audit.read': administrator,
  'mailbox.read': administrator,
  // Seeing the one-time links of someone's email (audited by the service).
  'mailbox.reveal': administrator,
  'call.update': (a, r) => administrator(a, r) || programOfficerOf(a, r),
  'applicant.profile': (a, r) => applicantOwner(a, r),
  'application.create': (a) => hasRole(a, 'applicant'),
  'application.read': (a, r) => applicantOwner(a, r) || staffOfApplication(a, r),
  'application.update': applicantOwner,
  'application.submit': applicantOwner,
  'document.upload': applicantOwner,
  'document.read': (a, r) =>
    applicantOwner(a, r) || staffOfApplication(a, r) || dispatchingAuthorityOf(a, r),
  'referee.manage': applicantOwner,
  // R-GEN-REFEREE: a referee's letter is for staff of the application; its applicant never
  // sees it, even one who also holds a staff role.
  'letter.read': (a, r) =>
    staffOfApplication(a, r) && !(a.kind === 'user' && a.userId === r.ownerUserId),
  // A referee acts through a personal link on one letter only (R-GEN-REFEREE).
  'letter.write': (a, r) =>
    a.kind === 'referee' && (r.letterId === undefined || r.letterId === a.letterId),
  'application.verify': isStaff,
  // R-REV-ASSIGN: panels, their members and assignments, by the call's program officers.
  'panel.manage': (a, r) => administrator(a, r) || programOfficerOf(a, r),
  // A panel invitation link proves itself (its token); the service decides what it opens.
  'panel.join': anyone,
  // R-REV-RANK: the program's officers, administrators and the panel's chair; the chair's
  // conflicts are hidden by the ranking service on top (R-GEN-COI).
  'ranking.read': (a, r) => administrator(a, r) || programOfficerOf(a, r) || panelChair(a, r),
  // R-REV-FLAG: "the panel chair may adjust the final score".
  'ranking.adjust': panelChair,
  // R-REV-SCORE: "until an officer closes it with fewer".
  'ranking.close': (a, r) => administrator(a, r) || programOfficerOf(a, r),
  // A panel member works on their own membership only; which applications of the panel they
  // see (assigned, or every one for a chair; never a conflicted one, R-GEN-COI) is decided by
  // services/reviewing/reviewer-access.ts with the membership and conflicts in hand. Membership
  // is the grant (an invited reviewer may hold no staff role), so the coarse check is signed-in.
  'review.work': (a, r) =>
    a.kind === 'user' && (r.memberUserId === undefined || r.memberUserId === a.userId),
  // R-CSC-APPLY: the authority nominates or declines what was filed under its number; an
  // administrator may look, not decide (the decision is the agency's).
  'nomination.read': (a, r) => administrator(a, r) || dispatchingAuthorityOf(a, r),
  'nomination.decide': dispatchingAuthorityOf,
  // Screening: the host's admission officers decide; an administrator may look.
  'screening.read': (a, r) => administrator(a, r) || admissionOfficerOf(a, r),
  'screening.decide': admissionOfficerOf,
  // R-REV-RANK, R-PIFI-REVIEW: whoever reads the ranking runs its interviews; the chair's
  // conflicts are hidden by the interview services on top (R-GEN-COI).
  'interview.manage': (a, r) => administrator(a, r) || programOfficerOf(a, r) || panelChair(a, r),
  // A booking link proves itself (its token opens one interview); the service decides.
  'interview.book': anyone,
};

/**
 * Decides one access. Pure and synchronous: the caller loads the resource first.
 * @example can({ kind: 'anonymous' }, 'audit.read') // false
 */
export function can(actor: TActor, action: TPermission, resource: TResource = {}): boolean {
  return RULES[action](actor, resource);
}

export class AccessDeniedError extends Error {
  constructor(
    readonly action: TPermission,
    /** 404 hides that the thing exists (another applicant's file); 403 says "not for you". */
    readonly status: 403 | 404,
  ) {
    super(`Access denied: ${action}`);
  }
}

/**
 * The first line of every service: throws AccessDeniedError (mapped to 403/404 by the error
 * middleware) unless `can` allows it.
 */
export function requireAccess(
  actor: TActor,
  action: TPermission,
  resource: TResource = {},
  opts: { hideExistence?: boolean } = {},
): void {
  if (!can(actor, action, resource))
    throw new AccessDeniedError(action, opts.hideExistence ? 404 : 403);
}
