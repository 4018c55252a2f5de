/**
 * A scenario the engines cannot evaluate although it passed the schema (a closure loop that
 * never ends). `path` names the field, as validation issues do, so the CLI and the app can
 * show it the same way.
 */
export class ScenarioError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'ScenarioError';
  }
}
