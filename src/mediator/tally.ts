/**
 * The anonymous visit tally a funder asks for ("un registre … pour quantifier
 * la fréquentation"): per stop, need and outcome, one record per tap. No name,
 * no free text, nothing that could say who came: the fields are codes chosen
 * from fixed lists.
 */

export const OUTCOMES = ['oriented', 'helped', 'guide'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface TallyTap {
  /** Random id: several taps in the same millisecond stay apart. */
  id: string;
  /** ISO instant of the tap. */
  at: string;
  /** Paris calendar day, YYYY-MM-DD (indexed: today's count). */
  day: string;
  stopId: string;
  /** The stop's commune at the time of the tap: a stop deleted later still counts where it was. */
  communeCode: string;
  communeName: string;
  need: string;
  outcome: Outcome;
}

export function isOutcome(value: unknown): value is Outcome {
  return OUTCOMES.includes(value as Outcome);
}

/** French words for the spreadsheet (the report goes to French funders, whatever the screen's language). */
const OUTCOME_FR: Record<Outcome, string> = {
  oriented: 'Orientée vers un autre lieu',
  helped: 'Aidée sur place',
  guide: 'Guide montré',
};

const HEADERS = ['Date', 'Heure', 'Commune', 'Code INSEE', 'Besoin', 'Issue'];

/** A field as a spreadsheet reads it: quoted when it holds the separator, a quote or a line break. */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The tally as CSV for a spreadsheet. Choices:
 * - one row per tap, not totals: a funder's spreadsheet can count them any
 *   way (per day, per commune, per need, per month) with a pivot table, and a
 *   row can be checked against the day it was made; totals could not be
 *   split again;
 * - `;` as separator and a UTF-8 byte-order mark: French Excel and
 *   LibreOffice open such a file by a double click with accents intact
 *   (French Excel takes `,` as the decimal sign, and without the BOM reads
 *   the bytes as Windows-1252);
 * - French headers and words, CRLF line ends (RFC 4180).
 */
export function tallyCsv(taps: readonly TallyTap[], needLabel: (id: string) => string, timeOf: (iso: string) => string): string {
  const rows = [...taps]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((tap) => [tap.day, timeOf(tap.at), tap.communeName, tap.communeCode, needLabel(tap.need), OUTCOME_FR[tap.outcome]].map(field).join(';'));
  return `\uFEFF${[HEADERS.join(';'), ...rows].join('\r\n')}\r\n`;
}
