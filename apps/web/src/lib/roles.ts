import type { Role } from "@closebook/core";
import type { BadgeTone } from "@/components/ui/badge";

export const roleLabels: Record<Role, string> = {
  viewer: "Viewer",
  clerk: "Clerk",
  approver: "Approver",
  controller: "Controller",
  admin: "Admin",
};

export const roleTones: Record<Role, BadgeTone> = {
  viewer: "neutral",
  clerk: "blue",
  approver: "amber",
  controller: "violet",
  admin: "green",
};

export function roleLabel(role: string | null): string {
  return role && role in roleLabels ? roleLabels[role as Role] : "No role";
}

export function roleTone(role: string | null): BadgeTone {
  return role && role in roleTones ? roleTones[role as Role] : "neutral";
}
