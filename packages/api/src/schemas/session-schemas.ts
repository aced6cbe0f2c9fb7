import { wire, workspaceAccessSchema, type WorkspaceAccess } from "@closebook/core";
import { z } from "zod";
import type { SessionUser } from "../context";
import type { Expect, Same } from "./type-check";

export const sessionUserSchema = z.object({ id: wire.text(), name: wire.text(), email: wire.text() });

/** What `session.me` returns. */
export interface Me extends WorkspaceAccess {
  user: SessionUser;
}

export const meSchema = workspaceAccessSchema.extend({ user: sessionUserSchema });

type _Checks = [Expect<Same<z.infer<typeof sessionUserSchema>, SessionUser>>, Expect<Same<z.infer<typeof meSchema>, Me>>];
