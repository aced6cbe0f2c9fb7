import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-2 px-4 text-center">
      <p className="text-xs font-medium text-zinc-500">404</p>
      <h1 className="text-base font-semibold text-zinc-900">This page does not exist.</h1>
      <Link href="/dashboard" className="text-[13px] font-medium text-brand-600 hover:underline">
        Go to the dashboard
      </Link>
    </main>
  );
}
