/** Telephone numbers and websites as the standard wants them. */
import { isValidUrl } from '@gouvfr-anct/lieux-de-mediation-numerique';
import { foldName } from '../../../src/places/normalize-name';
import { COMMON_FIRST_NAMES } from './first-names';

export interface ParsedPhone {
  /** "+33XXXXXXXXX" */
  phone: string;
  isMobile: boolean;
  /** Set when the number had to be repaired (a leading 0 lost by a spreadsheet). */
  repair?: string;
}

/** The first French number in the text, in the standard's "+33XXXXXXXXX" form. */
export function parseFrenchPhone(raw: string | number): ParsedPhone | undefined {
  for (const candidate of String(raw).split(/\s*(?:\/|;|,|\bou\b|\bet\b)\s*/)) {
    let digits = candidate.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
    let repair: string | undefined;
    if (digits.startsWith('0033')) digits = `+${digits.slice(2)}`;
    if (digits.startsWith('+33')) digits = `0${digits.slice(3).replace(/^0/, '')}`;
    if (/^[1-9]\d{8}$/.test(digits)) {
      digits = `0${digits}`;
      repair = 'zéro initial perdu, rétabli';
    }
    if (/^0[1-9]\d{8}$/.test(digits)) {
      const phone = `+33${digits.slice(1)}`;
      return { phone, isMobile: /^\+33[67]/.test(phone), ...(repair ? { repair } : {}) };
    }
  }
  return undefined;
}

export interface WebsiteOutcome {
  urls: string[];
  repairs: string[];
  dropped: { value: string; reason: string }[];
}

const SOCIAL_NETWORKS = /(?:^|\.)(?:facebook|instagram|twitter|linkedin|tiktok|snapchat)\.com$/;

/** A social-network page named after a person ("facebook.com/pierre.xxx") is that person's profile. */
function isPersonalProfile(url: URL, ownWords: ReadonlySet<string>): boolean {
  if (!SOCIAL_NETWORKS.test(url.hostname)) return false;
  const firstSegment = decodeURIComponent(url.pathname.split('/').filter(Boolean)[0] ?? '');
  return foldName(firstSegment)
    .split(/[^a-z]+/)
    .some((word) => COMMON_FIRST_NAMES.has(word) && !ownWords.has(word));
}

export function normalizeWebsites(raw: string, ownWords: ReadonlySet<string>): WebsiteOutcome {
  const outcome: WebsiteOutcome = { urls: [], repairs: [], dropped: [] };
  const candidates = raw.split(/\s+/).filter((token) => /^https?:\/\//i.test(token) || /^[\w-]+(?:\.[\w-]+)+(?:\/|$)/.test(token));
  if (raw.trim() && candidates.length === 0) outcome.dropped.push({ value: raw, reason: 'pas une adresse web' });
  for (const candidate of candidates) {
    const withScheme = /^https?:\/\//i.test(candidate) ? candidate : `http://${candidate}`;
    let url: URL;
    try {
      url = new URL(withScheme);
    } catch {
      outcome.dropped.push({ value: candidate, reason: 'adresse web illisible' });
      continue;
    }
    if (isPersonalProfile(url, ownWords)) {
      outcome.dropped.push({ value: '(profil personnel)', reason: 'page de réseau social au nom d’une personne' });
      continue;
    }
    const href = url.href;
    if (!isValidUrl(href)) {
      outcome.dropped.push({ value: candidate, reason: 'refusée par le validateur du standard' });
      continue;
    }
    if (withScheme !== candidate) outcome.repairs.push(`schéma ajouté : ${candidate} → ${href}`);
    else if (href !== candidate && href !== `${candidate}/`) outcome.repairs.push(`normalisée : ${candidate} → ${href}`);
    if (!outcome.urls.includes(href)) outcome.urls.push(href);
  }
  return outcome;
}
