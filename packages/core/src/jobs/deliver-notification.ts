import type { Database } from "@closebook/db";

/** Sends a notification's e-mail copy. Production plugs in an e-mail provider. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/**
 * Job handler: delivers one notification's e-mail copy. Idempotent: the notification is marked
 * delivered in the same transaction that decides to send, so a redelivered job finds it done and
 * sends nothing.
 */
export async function deliverNotification(db: Database, mailer: Mailer, payload: { notificationId: string }): Promise<"sent" | "already-delivered" | "missing"> {
  return db.transaction(async (tx) => {
    const notification = await tx.notifications.findById(payload.notificationId);
    if (!notification) return "missing";
    if (!(await tx.notifications.markDelivered(notification.id))) return "already-delivered";
    const email = await tx.memberships.userEmail(notification.userId);
    if (!email) return "missing";
    await mailer.send({ to: email, subject: notification.title, text: `${notification.body}\n\n${notification.link ?? ""}` });
    return "sent";
  });
}
