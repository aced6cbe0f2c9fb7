/** Where to go after signing in: only paths on this site (never "//evil.example" or a URL). */
export function safeNextPath(next: string | null | undefined, fallback = "/dashboard"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (next.startsWith("/sign-in") || next.startsWith("/api/")) return fallback;
  return next;
}
