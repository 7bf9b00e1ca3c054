import { can } from './access';
import { hasRole, isStaff, type TActor } from './actor';

/** Which parts of the site the menu offers an actor: decided here, shown by the views. */
export type TNavigation = {
  isSignedIn: boolean;
  canApply: boolean;
  isStaff: boolean;
  canEditCalls: boolean;
  canManagePanels: boolean;
  canReadAudit: boolean;
  canReadMailbox: boolean;
  /** Reviewers and chairs: a link to their panels (what they see there is by membership). */
  canReview: boolean;
  /** Issue 11: admission officers' screening queue; dispatching authorities' nominations. */
  canScreen: boolean;
  canNominate: boolean;
};

/**
 * The menu of an actor, from the one access table: the views receive it in their context and
 * never ask `can` themselves.
 * @example navigationFor({ kind: 'anonymous' }).canApply // false
 */
export function navigationFor(actor: TActor): TNavigation {
  return {
    isSignedIn: actor.kind === 'user',
    canApply: can(actor, 'application.create'),
    isStaff: isStaff(actor),
    canEditCalls: can(actor, 'call.update'),
    canManagePanels: can(actor, 'panel.manage'),
    canReadAudit: can(actor, 'audit.read'),
    canReadMailbox: can(actor, 'mailbox.read'),
    canReview:
      can(actor, 'review.work') && (hasRole(actor, 'reviewer') || hasRole(actor, 'panel_chair')),
    canScreen: can(actor, 'screening.read'),
    canNominate: can(actor, 'nomination.read'),
  };
}
