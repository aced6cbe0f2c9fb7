import { acceptInvitation, cancelInvitation, changeMemberRole, createOrganization, inviteMember, listMembers, listMyInvitations, removeMember } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query, userMutation, userQuery } from "../trpc";

export const organizationsRouter = {
  /** Any signed-in user founds an organization and becomes its admin; the client then switches to it. */
  create: userMutation(createOrganization),
} satisfies TRPCRouterRecord;

/** The members of the caller's organization and its invitations, with what the caller may do to each. */
export const membersRouter = {
  list: query(listMembers),
  invite: mutation(inviteMember),
  cancelInvitation: mutation(cancelInvitation),
  changeRole: mutation(changeMemberRole),
  remove: mutation(removeMember),
} satisfies TRPCRouterRecord;

/** The signed-in person's own invitations, in any organization. */
export const invitationsRouter = {
  mine: userQuery(listMyInvitations),
  accept: userMutation(acceptInvitation),
} satisfies TRPCRouterRecord;
