// mapshaper ships no type declarations; this is the one entry point the basemap build uses.
declare module 'mapshaper' {
  /** Runs mapshaper commands on in-memory files; resolves with the output files by name. */
  export function applyCommands(
    commands: string,
    input?: Record<string, string | Buffer | object>,
  ): Promise<Record<string, string | Buffer>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
