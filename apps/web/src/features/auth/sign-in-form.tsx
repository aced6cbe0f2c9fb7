"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { authClient } from "@/features/auth/auth-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { Input } from "@/components/ui/input";

function retryAfterSeconds(response: Response | undefined): number | null {
  const value = response?.headers.get("x-retry-after") ?? response?.headers.get("retry-after");
  const seconds = value ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** Email and password sign-in through better-auth; the session cookie is set by the server. */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("Enter your email and password.");
      return;
    }
    setError(null);
    setSubmitting(true);
    let response: Response | undefined;
    try {
      const result = await authClient.signIn.email(
        { email, password },
        {
          onError: (context) => {
            response = context.response;
          },
        },
      );
      if (result.error) {
        if (result.error.status === 429) {
          const wait = retryAfterSeconds(response);
          setError(`Too many sign-in attempts. Try again in ${wait ? `${wait} seconds` : "a minute"}.`);
        } else if (result.error.status === 401 || result.error.code === "INVALID_EMAIL_OR_PASSWORD") {
          setError("That email and password do not match an account.");
        } else {
          setError(result.error.message ?? `Sign-in failed (${result.error.status}).`);
        }
        setSubmitting(false);
        return;
      }
      queryClient.clear();
      router.replace(next);
      router.refresh();
    } catch {
      setError("Could not reach Closebook. Check your connection and try again.");
      setSubmitting(false);
    }
  }

  return (
    <form method="post" aria-label="Sign in" onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Email">
        {(control) => (
          <Input
            {...control}
            type="email"
            name="email"
            autoComplete="username"
            required
            autoFocus
          />
        )}
      </Field>
      <Field label="Password">
        {(control) => (
          <Input
            {...control}
            type="password"
            name="password"
            autoComplete="current-password"
            required
          />
        )}
      </Field>
      <Button type="submit" variant="primary" disabled={!hydrated || submitting} className="mt-1 h-9 w-full">
        {submitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
