const isoCurrencies = new Set(Intl.supportedValuesOf("currency"));

export function isIsoCurrency(code: string): boolean {
  return isoCurrencies.has(code);
}

const digitsByCurrency = new Map<string, number>();

/** Digits after the decimal point in the currency's minor unit (2 for EUR, 0 for JPY, 3 for BHD). */
export function minorDigits(currency: string): number {
  // Remembered per currency: building an Intl.NumberFormat for every amount of a 100k-line statement is most of its reading time.
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}
