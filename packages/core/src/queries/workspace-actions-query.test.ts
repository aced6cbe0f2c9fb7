import { actorFor, createTestDatabase, createTestOrganization, expectFailure, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workspaceActions, type WorkspaceAction } from "../dto/workspace-actions-dto";
import { roles, type Role } from "../policies/roles";
import { createAccount } from "../use-cases/create-account";
import { createCounterparty } from "../use-cases/create-counterparty";
import { inviteMember } from "../use-cases/invite-member";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { updateOrganizationFormats } from "../use-cases/update-organization-formats";
import { getWorkspaceActions } from "./workspace-actions-query";

let t: TestDatabase;
let org: TestOrganization;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, [...roles]);
});
afterAll(async () => {
  await t.destroy();
});

/** What each role may start, written out by hand: the product's rules, not a copy of the permission table. */
const expected: Record<Role, WorkspaceAction[]> = {
  viewer: ["search"],
  clerk: ["search", "createCharge", "issueCharge", "recordChargePayment", "requestMovement", "createCounterparty"],
  approver: ["search", "createCharge", "issueCharge", "recordChargePayment", "requestMovement", "createCounterparty", "approveMovement"],
  controller: [
    "search",
    "createCharge",
    "issueCharge",
    "recordChargePayment",
    "requestMovement",
    "createCounterparty",
    "approveMovement",
    "postJournalEntry",
    "reverseJournalEntry",
    "createAccount",
    "createBankAccount",
  ],
  admin: [...workspaceActions],
};

describe("getWorkspaceActions", () => {
  for (const role of roles) {
    it(`gives a ${role} a verdict on every top-level action: allowed exactly for what the role may do`, async () => {
      const actions = await getWorkspaceActions(t.db, actorFor(org, role));
      expect(Object.keys(actions).sort()).toEqual([...workspaceActions].sort());
      const allowed = workspaceActions.filter((action) => actions[action].allowed);
      expect(allowed.sort()).toEqual([...expected[role]].sort());
      for (const action of workspaceActions) {
        const v = actions[action];
        if (v.allowed) continue;
        expect(v.code).toBe("NOT_PERMITTED");
        expect(v.reason).toMatch(new RegExp(`^A ${role} may not do this \\(`));
      }
    });
  }

  it("refuses with the very code and sentence the use case fails with", async () => {
    // Valid input each time, so the only reason to refuse is the role.
    const attempts: { action: WorkspaceAction; role: Role; run: () => Promise<unknown> }[] = [
      { action: "createCounterparty", role: "viewer", run: () => createCounterparty(t.db, actorFor(org, "viewer"), { kind: "vendor", name: "Paper Ltd" }) },
      {
        action: "createAccount",
        role: "approver",
        run: () => createAccount(t.db, actorFor(org, "approver"), { code: "1990", name: "Cash box", type: "asset", currency: "EUR" }),
      },
      {
        action: "postJournalEntry",
        role: "clerk",
        run: () =>
          postManualJournalEntry(t.db, actorFor(org, "clerk"), {
            effectiveDate: new Date(),
            memo: "Not allowed",
            lines: [
              { accountId: randomUUID(), debitMinor: 1_00n },
              { accountId: randomUUID(), creditMinor: 1_00n },
            ],
          }),
      },
      { action: "inviteMember", role: "controller", run: () => inviteMember(t.db, actorFor(org, "controller"), { email: "new@example.com", role: "viewer" }) },
      {
        action: "updateOrganizationFormats",
        role: "controller",
        run: () => updateOrganizationFormats(t.db, actorFor(org, "controller"), { dateFormat: "dmy_dot", numberFormat: "point_comma" }),
      },
    ];
    for (const attempt of attempts) {
      const v = (await getWorkspaceActions(t.db, actorFor(org, attempt.role)))[attempt.action];
      const error = await expectFailure(attempt.run(), "NOT_PERMITTED");
      expect(v, `${attempt.action} as ${attempt.role}`).toEqual({ allowed: false, code: error.code, reason: error.message });
    }
  });

  it("refuses a caller without a role it knows", async () => {
    await expectFailure(getWorkspaceActions(t.db, { ...actorFor(org, "viewer"), role: "nobody" as never }), "NOT_PERMITTED");
  });
});
