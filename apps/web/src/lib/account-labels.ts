import type { accountStatuses, accountTypes } from "@closebook/core";
import type { BadgeTone } from "@/components/ui/badge";

type AccountType = (typeof accountTypes)[number];
type AccountStatus = (typeof accountStatuses)[number];

export const accountTypeLabels: Record<AccountType, string> = {
  asset: "Asset",
  liability: "Liability",
  equity: "Equity",
  revenue: "Revenue",
  expense: "Expense",
};

export const accountStatusLabels: Record<AccountStatus, string> = {
  active: "Active",
  frozen: "Frozen",
  closed: "Closed",
};

export const accountStatusTones: Record<AccountStatus, BadgeTone> = {
  active: "green",
  frozen: "amber",
  closed: "neutral",
};
