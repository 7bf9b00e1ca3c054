import type { AddressInfo } from 'node:net';

import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 for tests: mail goes through nodemailer and the SMTP protocol
 * and is parsed back with mailparser. Recipients on `rejectDomain` get a permanent 550.
 */
export class SmtpPeer {
  readonly received: ParsedMail[] = [];
  private server: SMTPServer;
  private waiters: (() => void)[] = [];

  constructor(opts: { rejectDomain?: string } = {}) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, cb) => {
        if (opts.rejectDomain && address.address.endsWith(`@${opts.rejectDomain}`)) {
          const err = new Error('5.1.1 No such mailbox') as Error & { responseCode: number };
          err.responseCode = 550;
          return cb(err);
        }
        cb();
      },
      onData: (stream, _session, cb) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            this.waiters.splice(0).forEach((w) => w());
            cb();
          })
          .catch(cb);
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Resolves with the first message to `to` (waiting for it to arrive). */
  async waitFor(to: string, timeoutMs = 15_000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find((m) => m.to && JSON.stringify(m.to).includes(to));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
