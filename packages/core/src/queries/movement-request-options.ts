import { z } from "zod";
import { movementKinds } from "../domain/enums";
import { movementRequestOptionsSchema, type MovementRequestOptions } from "../dto/movement-options-dto";
import { defaultMovementDestination, defaultMovementSource, movementDestinations, movementSources } from "../policies/movement-accounts";
import { defineQuery } from "../shared/define-use-case";

export type { MovementRequestOptions, MovementSourceOption } from "../dto/movement-options-dto";

/**
 * What a movement request may use, by the rules request-movement checks: the bank accounts money
 * may leave from, and per source and kind the accounts it may go to, with the defaults a new
 * request starts from (the base currency's first bank account; the first payable, or the first
 * other bank account).
 */
export const getMovementRequestOptions = defineQuery({
  name: "movement-request-options",
  permission: "movements.request",
  input: z.object({}),
  output: movementRequestOptionsSchema,
  async run({ db, actor }): Promise<MovementRequestOptions> {
    const [accounts, organization] = await Promise.all([db.read.accounts.list({ organizationId: actor.organizationId }), db.read.organizations.findById(actor.organizationId)]);
    const sources = movementSources(accounts);
    const used = new Set<string>();
    const options = sources.map((source) => {
      used.add(source.id);
      const perKind = Object.fromEntries(movementKinds.map((kind) => [kind, movementDestinations(accounts, kind, source)])) as Record<(typeof movementKinds)[number], typeof accounts>;
      for (const list of Object.values(perKind)) for (const a of list) used.add(a.id);
      return {
        accountId: source.id,
        destinations: { vendor_payment: perKind.vendor_payment.map((a) => a.id), transfer: perKind.transfer.map((a) => a.id) },
        defaultDestinationId: {
          vendor_payment: defaultMovementDestination(perKind.vendor_payment, "vendor_payment")?.id ?? null,
          transfer: defaultMovementDestination(perKind.transfer, "transfer")?.id ?? null,
        },
      };
    });
    return {
      accounts: accounts.filter((a) => used.has(a.id)).sort((a, b) => a.code.localeCompare(b.code)),
      sources: options,
      defaultSourceId: defaultMovementSource(sources, organization?.baseCurrency ?? null)?.id ?? null,
    };
  },
});
