/**
 * Each i18next namespace and the folder of `src/` that keeps its strings
 * (`<folder>/locales/<language>.json`), so strings live beside the feature
 * that shows them.
 */
export const NAMESPACE_FOLDERS = {
  app: 'app',
  places: 'places',
  orientation: 'orientation',
  hours: 'orientation/hours',
  map: 'map',
  guides: 'guides',
  readAloud: 'read-aloud',
  kiosk: 'kiosk',
  about: 'about',
  passages: 'orientation/passages',
  mediator: 'mediator',
  answer: 'orientation/answer',
  handoff: 'handoff',
} as const;

export type Namespace = keyof typeof NAMESPACE_FOLDERS;

export const NAMESPACES = Object.keys(NAMESPACE_FOLDERS) as Namespace[];
