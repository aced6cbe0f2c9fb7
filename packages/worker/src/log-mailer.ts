import type { Mailer } from "@closebook/core";

/**
 * The mailer used until an e-mail provider is configured: it writes each message to the worker's
 * log, so development shows exactly what would be sent.
 */
export function createLogMailer(log: (line: string) => void = console.log): Mailer & { sent: { to: string; subject: string }[] } {
  const sent: { to: string; subject: string }[] = [];
  return {
    sent,
    async send(message) {
      sent.push({ to: message.to, subject: message.subject });
      log(`[mail] to=${message.to} subject="${message.subject}"`);
    },
  };
}
