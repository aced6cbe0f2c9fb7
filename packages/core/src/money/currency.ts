const isoCurrencies = new Set(Intl.supportedValuesOf("currency"));

export function isIsoCurrency(code: string): boolean {
  return isoCurrencies.has(code);
}

/** Digits after the decimal point in the currency's minor unit (2 for EUR, 0 for JPY, 3 for BHD). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
