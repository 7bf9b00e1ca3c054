import type { TLocale } from '@/i18n/locales';
import { translate, type TMessageKey } from '@/i18n/translate';

/** Every email Jiangxue sends, with the parameters it needs. */
export type TMailTemplate =
  | { template: 'verify_email'; params: { name: string; link: string } }
  | { template: 'reset_password'; params: { name: string; link: string } }
  | { template: 'account_exists'; params: { name: string; signInLink: string; resetLink: string } }
  // To the owner of an account whose sign-in keeps failing, at most once a day (OWASP).
  | {
      template: 'sign_in_failures';
      params: { name: string; count: number; hours: number; resetLink: string };
    }
  // To the applicant at submission and on withdrawal (R-GEN-EDIT).
  | {
      template: 'application_submitted';
      params: { name: string; program: string; receipt: string; submittedAt: string; link: string };
    }
  | {
      template: 'application_withdrawn';
      params: { name: string; program: string; deadline: string; link: string };
    }
  // R-GEN-REFEREE: to the referee, in the referee's language; the link is the only copy of the token.
  | { template: 'referee_invitation'; params: TRefereeMailParams & { link: string } }
  | {
      template: 'referee_reminder';
      params: TRefereeMailParams & { days: number; invitedOn: string };
    }
  // To the applicant: that a letter arrived or a referee declined, never the letter itself.
  | { template: 'referee_letter_in'; params: TApplicantLetterParams }
  | {
      template: 'referee_declined';
      params: TApplicantLetterParams & { reason: string; hasReason: 'yes' | 'no' };
    }
  // Issue 11: to a reviewer or chair invited to a panel, in the member's language.
  | {
      template: 'panel_invitation';
      params: {
        name: string;
        panel: string;
        program: string;
        role: 'reviewer' | 'chair';
        due: string;
        link: string;
      };
    }
  // To a panel member with unsubmitted reviews near or past the panel's due instant.
  | {
      template: 'review_reminder';
      params: { name: string; panel: string; count: number; due: string; url: string };
    }
  // Screening (issue 11), to the applicant in their language: marked incomplete, returned for a
  // correction with a new deadline (R-GEN-EDIT), nominated or declined by the dispatching
  // authority (R-CSC-APPLY).
  | { template: 'screening_incomplete'; params: TScreeningMailParams & { reason: string } }
  | {
      template: 'screening_returned';
      params: TScreeningMailParams & { correction: string; deadline: string };
    }
  | { template: 'nomination_declined'; params: TScreeningMailParams & { reason: string } }
  | { template: 'nomination_nominated'; params: TScreeningMailParams }
  // Issue 11 point 7: to a shortlisted applicant, in the applicant's language, with the booking
  // link and the free slots; then the booking's confirmation (both carry an .ics).
  | {
      template: 'interview_invitation';
      params: { name: string; panel: string; program: string; slots: string; link: string };
    }
  | {
      template: 'interview_confirmation';
      params: {
        name: string;
        panel: string;
        program: string;
        beijing: string;
        local: string;
        minutes: number;
        location: string;
        isRebooking: 'yes' | 'no';
        link: string;
      };
    };

/** What every screening email to an applicant names. */
export type TScreeningMailParams = { name: string; program: string; link: string };

/** What every email to a referee names: whose letter, for which program, due when. */
export type TRefereeMailParams = {
  name: string;
  applicant: string;
  program: string;
  deadline: string;
};

export type TApplicantLetterParams = {
  name: string;
  referee: string;
  program: string;
  link: string;
};

export type TRenderedMail = { subject: string; text: string };

/**
 * Renders an email in the recipient's language at the moment it is queued, so the outbox row
 * holds exactly what is sent and what the mailbox page shows.
 * @example renderMail('zh-CN', { template: 'verify_email', params: { name: 'Amina', link } }).subject
 */
export function renderMail(locale: TLocale, mail: TMailTemplate): TRenderedMail {
  const subjectKey = `email.${mail.template}.subject` as TMessageKey;
  const bodyKey = `email.${mail.template}.body` as TMessageKey;
  const params = mail.params as Record<string, string | number>;
  const body = translate(locale, bodyKey, params);
  const footer = translate(locale, 'email.footer');
  return { subject: translate(locale, subjectKey, params), text: `${body}\n\n-- \n${footer}\n` };
}
