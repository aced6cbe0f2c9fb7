import type { AppRouter } from "@closebook/api";
import { TRPCClientError } from "@trpc/client";

/** What a form needs from a failed call: a message, the domain code, and messages per field. */
export interface ApiFailure {
  message: string;
  /** tRPC code, e.g. BAD_REQUEST, CONFLICT; null when the server was not reached. */
  code: string | null;
  /** Closebook's domain error code, e.g. DUPLICATE_ACCOUNT_CODE. */
  domainCode: string | null;
  details: Record<string, unknown> | null;
  fieldErrors: Record<string, string[]>;
  /** True when no answer came back (network down, server restarting): safe to retry as is. */
  unreachable: boolean;
}

export function apiFailure(error: unknown): ApiFailure {
  if (error instanceof TRPCClientError) {
    const typed = error as TRPCClientError<AppRouter>;
    const data = typed.data;
    return {
      message: typed.message,
      code: data?.code ?? null,
      domainCode: data?.domainCode ?? null,
      details: data?.details ?? null,
      fieldErrors: data?.fieldErrors ?? {},
      unreachable: !data,
    };
  }
  return {
    message: error instanceof Error ? error.message : "Something went wrong.",
    code: null,
    domainCode: null,
    details: null,
    fieldErrors: {},
    unreachable: true,
  };
}
