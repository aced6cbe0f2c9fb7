/** A random idempotency key (a UUID), also where crypto.randomUUID is missing (plain-http hosts). */
export function newRequestKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per submission attempt, reused when the very same submission is sent again (a retry
 * after a failure), so the server can replay instead of creating twice. A changed payload or a
 * completed submission gets a new key.
 */
export class SubmissionKeys {
  private current: { fingerprint: string; key: string } | null = null;

  keyFor(payload: unknown): string {
    const fingerprint = JSON.stringify(payload, (_name, value: unknown) => (typeof value === "bigint" ? `${value}n` : value));
    if (this.current?.fingerprint !== fingerprint) this.current = { fingerprint, key: newRequestKey() };
    return this.current.key;
  }

  /** The submission succeeded: the next one is a new request. */
  settle(): void {
    this.current = null;
  }
}
