import { describe, expect, it } from "vitest";
import { lastAdminRefusal, memberChangeRefusal, memberManagementRefusal } from "./member-actions";

describe("member actions", () => {
  it("lets only admins manage members", () => {
    expect(memberManagementRefusal("admin")).toBeNull();
    for (const role of ["viewer", "clerk", "approver", "controller"] as const) {
      expect(memberManagementRefusal(role)).toEqual({ code: "NOT_PERMITTED", reason: "Only admins manage members." });
    }
  });

  it("keeps the last admin", () => {
    const ada = { name: "Ada", role: "admin" };
    expect(lastAdminRefusal(ada, 1)).toEqual({ code: "LAST_ADMIN", reason: "Ada is the only admin." });
    expect(lastAdminRefusal(ada, 2)).toBeNull();
    expect(lastAdminRefusal({ name: "Carl", role: "clerk" }, 1)).toBeNull();
  });

  it("checks the permission before the last admin", () => {
    expect(memberChangeRefusal("controller", { name: "Ada", role: "admin" }, 1)?.code).toBe("NOT_PERMITTED");
    expect(memberChangeRefusal("admin", { name: "Ada", role: "admin" }, 1)?.code).toBe("LAST_ADMIN");
    expect(memberChangeRefusal("admin", { name: "Ada", role: "admin" }, 2)).toBeNull();
  });
});
