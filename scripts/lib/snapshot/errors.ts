/**
 * Input the snapshot cannot be built from (an unreadable file, a file that is
 * neither JSON nor CSV, no valid place at all). The run stops with this one-line
 * message and leaves the previous snapshot untouched.
 */
export class UnusableInputError extends Error {
  override readonly name = 'UnusableInputError';
}
