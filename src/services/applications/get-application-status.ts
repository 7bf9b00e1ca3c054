import { listApplicationEvents } from '@/db/repositories/application.repository';
import { listOutbox } from '@/db/repositories/outbox.repository';
import type { TApplication } from '@/domain/applications/application';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { getApplicationFor } from './get-application';

export type TApplicationStatusPage = {
  application: TApplication;
  /** The timeline as its applicant sees it (drafted, submitted, letters in, …), oldest first. */
  events: { kind: string; at: Date }[];
  /** Every email sent about the application, newest first. */
  emails: { subject: string; to: string; status: string; at: Date }[];
};

/**
 * The application's progress page: its timeline and the emails sent about it.
 * @example const status = await getApplicationStatus(deps, actor, applicationId);
 */
export async function getApplicationStatus(
  deps: TDeps,
  actor: TActor,
  applicationId: string,
): Promise<TApplicationStatusPage> {
  const app = await getApplicationFor(deps, actor, applicationId, 'application.read');
  const { db } = deps.database;
  const events = await listApplicationEvents(db, app.id);
  const emails = await listOutbox(db, {
    limit: 100,
    offset: 0,
    relatedType: 'application',
    relatedId: app.id,
  });
  return {
    application: app,
    events: events.map((e) => ({ kind: e.kind, at: e.at })),
    emails: emails.map((m) => ({
      subject: m.subject,
      to: m.toAddress,
      status: m.status,
      at: m.createdAt,
    })),
  };
}
