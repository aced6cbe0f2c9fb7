import type { AccountRecord } from "@closebook/db";
import { z } from "zod";
import { organizationSchema } from "../dto/organization-dto";
import { defineUserUseCase } from "../shared/define-use-case";
import { calendarDate, currencyCode, text } from "../fields";
import { failuresOf } from "../errors";
import { defaultChartOfAccounts } from "../ledger/default-chart";
import { dateFormatSchema, numberFormatSchema } from "../locale/format-schemas";
import { defaultOrganizationFormats } from "../locale/local-formats";
import type { Actor } from "../shared/actor";
import { formatDate, today } from "../shared/dates";
import { outcome, type Warning } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";
import { createAccountInput } from "./create-account";

const slugMessage = "Use 2 to 48 lowercase letters, digits or dashes, starting and ending with a letter or digit.";

/** The organization's address-friendly name: lowercase letters, digits and dashes. */
export const organizationSlug = z
  .string({ message: slugMessage })
  .max(48, slugMessage)
  .transform((value) => value.trim().toLowerCase())
  .refine((value) => /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])$/.test(value), { message: slugMessage });

export const createOrganizationInput = z.object({
  name: text({ min: 2, max: 120, message: "Give the organization a name of at least 2 characters." }),
  /** Derived from the name when not given (with a number added when that one is taken). */
  slug: organizationSlug.optional(),
  /** The first day the ledger accepts postings for; January 1 of the current year when not given. */
  ledgerStartsOn: calendarDate.optional(),
  /** The currency of the default chart of accounts. */
  baseCurrency: currencyCode.default("EUR"),
  /** How it writes dates; YYYY-MM-DD when not given (an admin may change it later). */
  dateFormat: dateFormatSchema.optional(),
  /** How it writes amounts; 1,234.56 when not given. */
  numberFormat: numberFormatSchema.optional(),
});
export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;

export const createOrganizationFailures = failuresOf([...mutationFailures, "DUPLICATE_ORGANIZATION"]);
const { fail } = createOrganizationFailures;

/** A slug made from a name: "Contoso Holdings GmbH" → "contoso-holdings-gmbh". */
export function slugFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return slug.length >= 2 ? slug : `organization${slug ? `-${slug}` : ""}`;
}

/** The first free slug among `base`, `base-2` … `base-9`, else `base-<random>`. */
async function freeSlug(db: { organizations: { takenSlugs(candidates: readonly string[]): Promise<Set<string>> } }, base: string): Promise<string> {
  const candidates = [base, ...Array.from({ length: 8 }, (_, i) => `${base}-${i + 2}`)];
  const taken = await db.organizations.takenSlugs(candidates);
  return candidates.find((c) => !taken.has(c)) ?? `${base}-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * Founds a new organization (a legal entity, its own tenant): the organization row, its creator
 * as its admin (the `member` row better-auth's organization plugin reads, so the creator can
 * switch to it at once), the default chart of accounts in its base currency and the audit event,
 * in one transaction. Any signed-in user may do it: the actor is the user alone (a `UserActor`,
 * there is no organization and so no role yet), and the idempotency key is scoped to the user
 * (see `runUserMutation`). Accounting periods open on first posting, inside the window starting
 * at `ledgerStartsOn`.
 */
export const createOrganization = defineUserUseCase({
  name: "create-organization",
  input: createOrganizationInput,
  failures: createOrganizationFailures,
  state: organizationSchema,
  async run({ tx, actor }, input) {
    const sameName = (await tx.memberships.listForUser(actor.userId)).find((m) => m.organizationName.toLowerCase() === input.name.toLowerCase());
    if (sameName) {
      return fail("DUPLICATE_ORGANIZATION", `You already belong to an organization named ${sameName.organizationName}.`, { field: "name", organizationId: sameName.organizationId });
    }
    const now = today();
    const ledgerStartsOn = input.ledgerStartsOn ?? new Date(Date.UTC(now.getUTCFullYear(), 0, 1));
    const slug = input.slug ?? (await freeSlug(tx, slugFromName(input.name)));
    const id = crypto.randomUUID();
    const organization = await tx.organizations.insertUnlessSlugTaken({ id, name: input.name, slug, baseCurrency: input.baseCurrency, ledgerStartsOn });
    if (!organization) {
      return fail("DUPLICATE_ORGANIZATION", `The address name ${slug} is already used by another organization; choose another.`, { field: "slug", slug });
    }
    const formats = { dateFormat: input.dateFormat ?? defaultOrganizationFormats.dateFormat, numberFormat: input.numberFormat ?? defaultOrganizationFormats.numberFormat };
    if (input.dateFormat !== undefined || input.numberFormat !== undefined) await tx.organizations.updateFormats(organization.id, formats);
    // From here on the user acts in the new organization as its admin.
    const admin: Actor = { userId: actor.userId, organizationId: organization.id, role: "admin", requestId: actor.requestId };
    const member = await tx.memberships.addUnlessMember({ organizationId: organization.id, userId: actor.userId, role: "admin" });
    const accounts: AccountRecord[] = [];
    for (const account of defaultChartOfAccounts(input.baseCurrency)) {
      const opened = await tx.accounts.insertUnlessCodeTaken({ organizationId: organization.id, ...createAccountInput.parse(account) });
      if (opened) accounts.push(opened);
    }
    await sideEffects(tx, admin).audit("organization.created", "organization", organization.id, null, {
      ...organization,
      formats,
      admin: member ? { memberId: member.memberId, userId: member.userId, email: member.email } : null,
      chartOfAccounts: accounts.map((a) => `${a.code} ${a.name} (${a.currency})`),
    });
    const warnings: Warning[] = [];
    if (ledgerStartsOn > now) {
      warnings.push({ code: "LEDGER_STARTS_LATER", message: `Nothing can be posted before ${formatDate(ledgerStartsOn)}, when the ledger starts.` });
    }
    return outcome(organization, `${organization.name} is ready: you are its admin, with ${accounts.length} accounts in its chart.`, {
      triggered: ["made you its admin", `opened the default chart of ${accounts.length} accounts in ${input.baseCurrency}`, "recorded audit event organization.created"],
      warnings,
    });
  },
});
