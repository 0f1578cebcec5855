/** How a place's phone and dates are written for people: light, so any screen or printout can use them. */

/** "02 48 24 22 26" for "+33248242226"; other numbers as they are. */
export function formatPhone(phone: string): string {
  const national = phone.replace(/^\+33/, '0');
  return /^0\d{9}$/.test(national) ? national.replace(/(\d{2})(?=\d)/g, '$1 ') : phone;
}

/** "30/06/2020" for "2020-06-30" (and "06/2020" for "2020-06"). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return day ? `${day}/${month}/${year}` : month ? `${month}/${year}` : isoDate;
}
