import opening_hours from 'opening_hours';

/** Where Boussole's places are: public holidays ("PH") are evaluated for this region. */
const CENTRE_VAL_DE_LOIRE = {
  lat: 47.5,
  lon: 1.7,
  address: { country_code: 'fr', state: 'Centre-Val de Loire' },
};

export const OSM_MAX_VALUE_LENGTH = 255;

/** Undefined when `value` is valid OSM opening_hours without any warning; otherwise why not. */
export function osmHoursProblem(value: string): string | undefined {
  // OSM caps a tag's value at 255 characters; the parser is slow on long junk, so it is not asked.
  if (value.length > OSM_MAX_VALUE_LENGTH) return `plus de ${OSM_MAX_VALUE_LENGTH} caractères, la limite d’une valeur OSM`;
  try {
    const parsed = new opening_hours(value, CENTRE_VAL_DE_LOIRE);
    const warnings = parsed.getWarnings();
    return warnings.length > 0 ? warnings.join(' / ') : undefined;
  } catch (error) {
    return String(error);
  }
}
