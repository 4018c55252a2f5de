/** A problem the user can fix (a missing file, bad JSON, a field out of range): exit 2, one line, no stack. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
