/**
 * The inputs the data scripts and tests read, committed under data/sources/
 * (data/sources/SOURCES.md names each one, its licence and how to refresh it).
 */
import { join } from 'node:path';
import { REPO_ROOT } from '../communes/paths';

export const SOURCES_DIR = join(REPO_ROOT, 'data', 'sources');
export const SEEDS_DIR = join(SOURCES_DIR, 'seeds');
export const STANDARD_DIR = join(SOURCES_DIR, 'standard');
export const GEO_DIR = join(SOURCES_DIR, 'geo');
export const HUB_DIR = join(SOURCES_DIR, 'hub-lo');
/** Every French commune's outline, simplified (enough to place a commune's centre), as one TopoJSON file. */
export const NATIONAL_OUTLINES_FILE = join(GEO_DIR, 'france-communes.topo.json');
