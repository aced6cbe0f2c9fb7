const isoCurrencies = new Set(Intl.supportedValuesOf("currency"));

export function isIsoCurrency(code: string): boolean {
  return isoCurrencies.has(code);
}

const minorDigitsCache = new Map<string, number>();

/** Digits after the decimal point in the currency's minor unit (2 for EUR, 0 for JPY, 3 for BHD). */
export function minorDigits(currency: string): number {
  // Cached: building an Intl.NumberFormat per call dominated reading 100k statement lines.
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}
