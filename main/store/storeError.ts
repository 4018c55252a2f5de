/**
 * What can go wrong with a file, each with its own code so the app can say exactly what
 * happened (and the tests can check the right thing happened), never one catch-all.
 */
export type StoreErrorCode =
  | 'not_found'
  | 'read_failed'
  | 'too_large'
  | 'empty_file'
  | 'not_sqlite'
  | 'truncated'
  | 'corrupt'
  | 'foreign_database'
  | 'newer_version'
  | 'migration_failed'
  | 'invalid_project'
  | 'invalid_scenario'
  | 'invalid_json'
  | 'wrong_file_kind'
  | 'write_failed';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** Where inside the file, like `scenarios[2].teams[0].roles[1].posts`; '' for the whole file. */
    readonly path = '',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export const isStoreError = (e: unknown): e is StoreError => e instanceof StoreError;
