import opening_hours from 'opening_hours';

/** Where Boussole's places are: public holidays ("PH") are evaluated for this region. */
const CENTRE_VAL_DE_LOIRE = {
  lat: 47.5,
  lon: 1.7,
  address: { country_code: 'fr', state: 'Centre-Val de Loire' },
};

/** Undefined when `value` is valid OSM opening_hours without any warning; otherwise why not. */
export function osmHoursProblem(value: string): string | undefined {
  try {
    const parsed = new opening_hours(value, CENTRE_VAL_DE_LOIRE);
    const warnings = parsed.getWarnings();
    return warnings.length > 0 ? warnings.join(' / ') : undefined;
  } catch (error) {
    return String(error);
  }
}
