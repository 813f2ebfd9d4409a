/**
 * Normalises a Kazakhstan mobile number typed any common way — "8 701 123 45 67",
 * "+7 (701) 123-45-67", "87011234567", "701 123 4567" — to E.164 "+77011234567".
 * Returns undefined when it is not a Kazakhstan mobile number (they all start +7 7…; Russian
 * numbers share +7 but start with 3, 4, 8 or 9).
 */
export function normaliseKzPhone(input: string): string | undefined {
  const trimmed = input.trim();
  if (!/^[+\d\s().-]{10,24}$/.test(trimmed)) return undefined;
  const hasPlus = trimmed.startsWith('+');
  let digits = trimmed.replace(/\D/g, '');
  if (hasPlus) {
    if (!digits.startsWith('7') || digits.length !== 11) return undefined;
  } else if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) {
    digits = `7${digits.slice(1)}`;
  } else if (digits.length === 10) {
    digits = `7${digits}`;
  } else {
    return undefined;
  }
  const e164 = `+${digits}`;
  return isKzMobileE164(e164) ? e164 : undefined;
}

/** True for a Kazakhstan mobile number in E.164: +7 7XX XXX XX XX. */
export function isKzMobileE164(value: string): boolean {
  return /^\+77\d{9}$/.test(value);
}

/** "+7 701 123 45 67": how the number is written back to a person. */
export function formatKzPhone(e164: string): string {
  if (!isKzMobileE164(e164)) return e164;
  const d = e164.slice(2);
  return `+7 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`;
}
