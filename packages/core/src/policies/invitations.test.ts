import { describe, expect, it } from "vitest";
import { invitationsPendingAt, isPendingInvitation } from "./invitations";

const now = new Date("2026-06-01T12:00:00Z");
const later = new Date("2026-06-02T12:00:00Z");

describe("pending invitations", () => {
  it("is pending while its status is pending and it expires after now", () => {
    expect(isPendingInvitation({ status: "pending", expiresAt: later }, now)).toBe(true);
    expect(isPendingInvitation({ status: "pending", expiresAt: now }, now)).toBe(false);
    expect(isPendingInvitation({ status: "accepted", expiresAt: later }, now)).toBe(false);
    expect(isPendingInvitation({ status: "canceled", expiresAt: later }, now)).toBe(false);
  });

  it("gives repositories the same rule as parameters", () => {
    expect(invitationsPendingAt(now)).toEqual({ statuses: ["pending"], unexpiredAt: now });
  });
});
