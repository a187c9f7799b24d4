import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the catcher received it. */
export interface CaughtMail {
  from: string;
  /** The envelope's recipients: who the server was asked to deliver to. */
  to: string[];
  subject: string;
  text: string;
  /** Files that came with it (a quote's PDF, say). */
  attachments: { filename: string; contentType: string; content: Buffer }[];
  receivedAt: Date;
  /** The message as sent, headers and all. */
  raw: Buffer;
}

export interface MailCatcherOptions {
  port?: number;
  host?: string;
  /** Each message is also written there as `<time>-<n>.eml`. */
  directory?: string;
  onMail?: (mail: CaughtMail) => void;
}

export interface MailCatcher {
  port: number;
  /** Everything received so far, oldest first. */
  messages: CaughtMail[];
  /**
   * While on, every connection is turned away with `421 Service not available` (a relay that is down),
   * as a mail server does during an outage; the sender is expected to try again later.
   */
  refuse(on: boolean): void;
  /** Resolves with the first message (received already or later) that matches. */
  waitFor(match: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  close(): Promise<void>;
}

/**
 * An SMTP server that accepts any sender, recipient and credentials and keeps what it gets: the
 * development stand-in for a mail relay (`npm start` points SMTP_URL at it) and the tests' inbox.
 */
export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  const waiters = new Set<() => void>();
  let refusing = false;
  if (options.directory) await mkdir(options.directory, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'anyone' }),
    onConnect(_session, callback) {
      if (!refusing) return callback();
      const outage = Object.assign(new Error('Service not available, try again later'), {
        responseCode: 421,
      });
      callback(outage);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        try {
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          const mail: CaughtMail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            attachments: parsed.attachments.map((file) => ({
              filename: file.filename ?? '',
              contentType: file.contentType,
              content: file.content,
            })),
            receivedAt: new Date(),
            raw,
          };
          messages.push(mail);
          if (options.directory)
            await writeFile(
              path.join(
                options.directory,
                `${mail.receivedAt.toISOString().replace(/[:.]/g, '-')}-${messages.length}.eml`,
              ),
              raw,
            );
          options.onMail?.(mail);
          for (const wake of waiters) wake();
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  // A client that drops its connection mid-message is not the catcher's problem.
  server.on('error', () => undefined);
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    messages,
    refuse(on) {
      refusing = on;
    },
    waitFor(match, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`No matching mail within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
