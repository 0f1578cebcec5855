/**
 * Phone numbers written the French way ("02 48 24 22 26", "0033 2…") turned
 * into the standard's international form ("+33248242226"), when the package
 * of the standard recognises them as phone numbers at all.
 */
import { isValidTelephone } from '@gouvfr-anct/lieux-de-mediation-numerique';

export function internationalTelephone(telephone: string): string | undefined {
  if (!isValidTelephone(telephone.trim())) return undefined;
  const digits = telephone.replace(/\(0\)/g, '').replace(/[\s.-]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+33${digits.slice(1)}`;
  return undefined;
}
