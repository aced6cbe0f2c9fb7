import {
  acceptInvitation,
  acceptInvitationInput,
  cancelInvitation,
  cancelInvitationInput,
  changeMemberRole,
  changeMemberRoleInput,
  createOrganization,
  createOrganizationInput,
  inviteMember,
  inviteMemberInput,
  listMembers,
  listMyInvitations,
  listMyInvitationsInput,
  removeMember,
  removeMemberInput,
} from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { invitationOutcomeSchema, invitationSchema, memberOutcomeSchema, membersViewSchema, organizationOutcomeSchema } from "../schemas/organization-schemas";
import { authenticatedProcedure, organizationProcedure, useCaseMutation, userUseCaseMutation } from "../trpc";

export const organizationsRouter = {
  /** Any signed-in user founds an organization and becomes its admin; the client then switches to it. */
  create: userUseCaseMutation(createOrganizationInput, organizationOutcomeSchema, createOrganization),
} satisfies TRPCRouterRecord;

/** The members of the caller's organization and its invitations, with what the caller may do to each. */
export const membersRouter = {
  list: organizationProcedure.output(membersViewSchema).query(({ ctx }) => listMembers(ctx.db, ctx.actor)),
  invite: useCaseMutation(inviteMemberInput, invitationOutcomeSchema, inviteMember),
  cancelInvitation: useCaseMutation(cancelInvitationInput, invitationOutcomeSchema, cancelInvitation),
  changeRole: useCaseMutation(changeMemberRoleInput, memberOutcomeSchema, changeMemberRole),
  remove: useCaseMutation(removeMemberInput, memberOutcomeSchema, removeMember),
} satisfies TRPCRouterRecord;

/** The signed-in person's own invitations, in any organization. */
export const invitationsRouter = {
  mine: authenticatedProcedure
    .input(listMyInvitationsInput.optional())
    .output(z.array(invitationSchema))
    .query(({ ctx, input }) => listMyInvitations(ctx.db, ctx.user, input ?? {})),
  accept: userUseCaseMutation(acceptInvitationInput, memberOutcomeSchema, acceptInvitation),
} satisfies TRPCRouterRecord;
