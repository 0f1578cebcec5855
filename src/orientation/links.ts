import type { Where } from '../visit';

/** The shareable link of an orientation: need + commune (INSEE code) or position. */
export function orientationHref(needId: string, where: Where | undefined, path = '/orientation'): string {
  const params = new URLSearchParams({ besoin: needId });
  if (where?.code) params.set('commune', where.code);
  else if (where) {
    params.set('lat', where.latitude.toFixed(4));
    params.set('lon', where.longitude.toFixed(4));
  }
  return `${path}?${params.toString()}`;
}
