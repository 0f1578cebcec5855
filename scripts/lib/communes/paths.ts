import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory of the caller. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const COMMUNES_DATA_DIR = join(REPO_ROOT, 'data', 'communes');
export const REGIONAL_COMMUNES_FILE = join(COMMUNES_DATA_DIR, 'centre-val-de-loire.json');
export const NATIONAL_COMMUNES_FILE = join(COMMUNES_DATA_DIR, 'france.json');
