/** Made at build time by scripts/lib/communes/commune-centres-plugin.ts. */
declare module 'virtual:commune-centres' {
  /** Each département's communes as `[code, nom, lat, lon]`, a chunk each. */
  export const byDepartement: Readonly<Record<string, () => Promise<{ default: ReadonlyArray<readonly [string, string, number, number]> }>>>;
}
