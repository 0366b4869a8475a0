/** Crockford's base 32: digits and letters without I, L, O and U, so codes survive being read aloud or retyped. */
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `value` as exactly `length` base-32 digits (most significant first). */
export function toBase32(value: number, length: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 32 ** length) throw new RangeError(`${value} does not fit in ${length} base-32 digits`);
  let text = '';
  for (let rest = value, i = 0; i < length; i++, rest = Math.floor(rest / 32)) text = crockfordAlphabet[rest % 32] + text;
  return text;
}

export function fromBase32(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = crockfordAlphabet.indexOf(char);
    if (digit < 0) throw new RangeError(`"${char}" is not a base-32 digit`);
    value = value * 32 + digit;
  }
  return value;
}

/** Upper case, with the letters people confuse read as Crockford says (O → 0, I and L → 1); separators dropped. */
export function normaliseBase32(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/**
 * Luhn mod 32 check digit: catches every single changed character and most swaps of neighbours,
 * which a short hash alone cannot promise.
 */
export function luhn32(text: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = text.length - 1; i >= 0; i--) {
    const addend = factor * crockfordAlphabet.indexOf(text[i] ?? '');
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return crockfordAlphabet[(32 - (sum % 32)) % 32] ?? '0';
}
