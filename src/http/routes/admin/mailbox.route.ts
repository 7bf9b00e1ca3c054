import type { FastifyInstance } from 'fastify';

import { listMailbox, readMail } from '@/services/admin/list-mailbox';
import { MailboxPage, MailPage } from '@/views/pages/admin/mailbox-page';

import { parseParams, parseQuery } from '../../parse-request';
import { sendPage, viewContext } from '../../render';
import { ZMailboxQuery, ZMailParams } from './admin.schema';

const PAGE_SIZE = 50;

export function mailboxRoutes(app: FastifyInstance): void {
  app.get('/admin/mailbox', { config: { action: 'mailbox.read' } }, async (request, reply) => {
    const { page } = parseQuery(ZMailboxQuery, request);
    const rows = await listMailbox(app.deps, request.actor, {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const mails = rows.map((r) => ({
      id: r.id,
      to: r.toAddress,
      subject: r.subject,
      status: r.status,
      createdAt: r.createdAt,
      attempts: r.attempts,
      lastError: r.lastError,
    }));
    return sendPage(
      reply,
      MailboxPage({
        ctx: viewContext(request, reply),
        mails,
        smtpConfigured: Boolean(app.deps.env.SMTP_URL),
      }),
    );
  });

  app.get('/admin/mailbox/:id', { config: { action: 'mailbox.read' } }, async (request, reply) => {
    const { id } = parseParams(ZMailParams, request);
    const r = await readMail(app.deps, request.actor, id);
    const mail = {
      id: r.id,
      to: r.toAddress,
      subject: r.subject,
      status: r.status,
      createdAt: r.createdAt,
      attempts: r.attempts,
      lastError: r.lastError,
      text: r.textBody,
    };
    return sendPage(reply, MailPage({ ctx: viewContext(request, reply), mail }));
  });
}
