import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { demoPassword, demoUsers } from "@prisma-seed";
import { ProductMark } from "@/components/layout/app-shell";
import { SignInForm } from "@/features/auth/sign-in-form";
import { roleLabel } from "@/lib/roles";
import { safeNextPath } from "@/lib/safe-redirect";
import { getMe } from "@/server/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next } = await searchParams;
  const destination = safeNextPath(typeof next === "string" ? next : null);
  if (await getMe()) redirect(destination);
  const showDemoSignIns = process.env.NODE_ENV !== "production";

  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex justify-center">
          <ProductMark />
        </div>
        <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
          <h1 className="text-base font-semibold tracking-tight text-zinc-900">Sign in to Closebook</h1>
          <p className="mt-1 mb-5 text-[13px] text-zinc-500">Use the email and password of your Closebook account.</p>
          <SignInForm next={destination} />
        </div>
        {showDemoSignIns ? (
          <aside aria-label="Demo sign-ins" className="mt-4 rounded-lg border border-dashed border-zinc-300 bg-white/60 p-4 text-xs text-zinc-600">
            <p className="font-medium text-zinc-800">Demo sign-ins (development only)</p>
            <p className="mt-0.5">
              Password for all: <code className="font-mono text-zinc-800">{demoPassword}</code>
            </p>
            <ul className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
              {demoUsers.map((user) => (
                <li key={user.email} className="contents">
                  <span className="text-zinc-500">{roleLabel(user.role)}</span>
                  <code className="font-mono text-zinc-800">{user.email}</code>
                </li>
              ))}
            </ul>
          </aside>
        ) : null}
      </div>
    </main>
  );
}
