/**
 * Text normalization for matching: references tolerant to spacing, dashes and leading zeros,
 * IBANs without spaces, counterparty names without company suffixes, and day numbers of
 * calendar dates. All pure and deterministic.
 */

/** `CH-000123`, `ch 123`, `CH000123` → `CH123`; `RF18 5390 0754` → `RF1853900754`. */
export function canonicalReference(value: string): string {
  // One pass: keep letters (upper-cased) and digits; drop zeros that follow a letter and precede a digit.
  let out = "";
  let afterLetter = false;
  let pendingZeros = 0;
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i);
    if (code >= 97 && code <= 122) code -= 32;
    if (code >= 65 && code <= 90) {
      if (pendingZeros > 0) out += "0".repeat(pendingZeros);
      pendingZeros = 0;
      out += String.fromCharCode(code);
      afterLetter = true;
    } else if (code >= 48 && code <= 57) {
      if (code === 48 && afterLetter) {
        pendingZeros++;
        continue;
      }
      pendingZeros = 0;
      out += String.fromCharCode(code);
      afterLetter = false;
    } else if (code > 127) {
      const upper = value[i]?.toUpperCase() ?? "";
      if (/^[0-9A-Z]$/.test(upper)) {
        out += upper;
        afterLetter = upper >= "A";
      }
    }
  }
  // Zeros after a letter that end the text are kept (`AB00` stays `AB00`).
  if (pendingZeros > 0) out += "0".repeat(pendingZeros);
  return out;
}

/** A key worth indexing: at least 3 characters, with a letter and a digit. */
export function isReferenceKey(key: string): boolean {
  return key.length >= 3 && key.length <= 40 && /\d/.test(key) && /[A-Z]/.test(key);
}

const maxTextScanned = 1000;

/**
 * The candidate reference keys found in free text: each word, and each run of two or three
 * adjacent words joined (`CH 000123`), and up to eight words after an `RF` creditor reference
 * written in groups of four. Bounded: at most ~11 keys per word of at most 1000 characters.
 */
export function referenceKeysInText(text: string, into: Set<string>): void {
  const words = text.slice(0, maxTextScanned).split(/[\s,;:/()[\]]+/).filter((word) => word.length > 0);
  for (let i = 0; i < words.length; i++) {
    const first = words[i] ?? "";
    const reach = /^RF\d\d/i.test(first) ? 8 : 3;
    let joined = "";
    for (let j = i; j < words.length && j < i + reach; j++) {
      joined += words[j];
      const key = canonicalReference(joined);
      if (isReferenceKey(key)) into.add(key);
    }
  }
}

export function canonicalAccount(value: string | null | undefined): string | null {
  if (!value) return null;
  const compact = value.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return compact.length >= 5 ? compact : null;
}

const companySuffixes = new Set([
  "gmbh", "ag", "ltd", "limited", "inc", "incorporated", "sa", "sarl", "sas", "bv", "nv", "llc", "llp", "co", "corp",
  "corporation", "company", "plc", "srl", "spa", "kg", "ohg", "ug", "oy", "ab", "as", "aps", "kft", "sro", "pty", "the", "and",
]);

const nameCache = new Map<string, string[]>();

/** Lower case, diacritics and punctuation removed, company suffixes dropped; unique sorted tokens (cached). */
export function nameTokens(name: string | null | undefined): string[] {
  if (!name) return [];
  const cached = nameCache.get(name);
  if (cached) return cached;
  if (nameCache.size >= 50_000) nameCache.clear();
  const tokens = computeNameTokens(name);
  nameCache.set(name, tokens);
  return tokens;
}

function computeNameTokens(name: string): string[] {
  const plain = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[.'’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ");
  const tokens = plain.split(" ").filter((token) => token.length > 0 && !companySuffixes.has(token));
  return [...new Set(tokens)].sort();
}

/** Token Jaccard similarity of two sorted unique token lists, in basis points (integer). */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return Math.floor((shared * 10000) / union);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (NaN when it is not one). */
export function dayNumber(date: string): number {
  if (date.length < 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function absolute(value: bigint): bigint {
  return value < 0n ? -value : value;
}
