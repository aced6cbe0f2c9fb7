import { useState } from "react";

/**
 * A list's filters as shown and as applied. A change applies at once unless `hold` is set (a date
 * field holding a partial date: it reports "", which must not silently mean "no date"), in which
 * case the list keeps its last applied value for that filter until the field holds a whole date
 * or is really cleared. `resetKey` changes on `clear`, so fields remount empty (a partial date is
 * invisible to React and would survive a reset to "").
 */
export function useFilters<T extends { [K in keyof T]: string }>(empty: T) {
  const [filters, setFilters] = useState<T>(empty);
  const [applied, setApplied] = useState<T>(empty);
  const [resetKey, setResetKey] = useState(0);
  function set<K extends keyof T>(key: K, value: T[K], options: { hold?: boolean } = {}) {
    setFilters((current) => ({ ...current, [key]: value }));
    if (!options.hold) setApplied((current) => ({ ...current, [key]: value }));
  }
  function clear() {
    setFilters(empty);
    setApplied(empty);
    setResetKey((key) => key + 1);
  }
  return { filters, applied, set, clear, resetKey, filtered: Object.values<string>(filters).some(Boolean) || Object.values<string>(applied).some(Boolean) };
}
