/**
 * IBANs (ISO 13616): two letters of the country, two check digits, then the account (up to 30
 * letters and digits). The check digits make the whole, rearranged and read as a number, leave
 * a remainder of 1 modulo 97; a typo in any one character (or two swapped) is caught.
 */

/** The IBAN written without spaces, upper case. */
export function compactIban(text: string): string {
  return text.replace(/[\s-]+/g, "").toUpperCase();
}

/** Why the text is not a valid IBAN, or null when it is. */
export function ibanProblem(text: string): string | null {
  const iban = compactIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) {
    return "Give an IBAN: two letters of the country, two check digits and 11 to 30 letters or digits.";
  }
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= "A" ? char.charCodeAt(0) - 55 : Number(char);
    remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1 ? null : `The IBAN ${iban} has wrong check digits (a character is mistyped).`;
}

/** A BIC (ISO 9362): 4 letters of the bank, 2 of the country, 2 of the location, optionally 3 of the branch. */
export function bicProblem(text: string): string | null {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compactIban(text)) ? null : "Give a BIC of 8 or 11 letters and digits, e.g. DEUTDEFF.";
}
