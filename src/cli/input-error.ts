/**
 * A problem with one input file that the user can fix (missing, unreadable,
 * corrupt, empty, not text). The CLI reports it in plain words, goes on with
 * the other files and exits with 2 at the end; it never shows a stack trace.
 */
export class InputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message)
    this.name = 'InputError'
  }
}
