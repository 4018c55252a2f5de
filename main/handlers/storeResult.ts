import { fail, type Result } from '../../models/api';
import { isStoreError } from '../store/storeError';

/**
 * Runs store work and turns a StoreError into the Result of the same code and message; any
 * other failure is left for `guard` to report as `internal`.
 */
export async function fromStore<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    if (isStoreError(error)) return fail(error.code, error.path, error.message);
    throw error;
  }
}
