/** When a scenario was first saved and last changed; kept per scenario across saves. */
export interface ScenarioTimes {
  created: string;
  modified: string;
}

/** What a project file says about itself, beside the project. */
export interface FileInfo {
  /** The schema version the file was written in, before any upgrade on open. */
  schemaVersion: number;
  appVersion: string;
  created: string;
  modified: string;
  scenarioTimes: Record<string, ScenarioTimes>;
  /** Metadata rows beyond the standard ones (a recovery copy records the file it stands for). */
  extra: Record<string, string>;
}

export const STANDARD_METADATA = ['schema_version', 'app_version', 'created', 'modified', 'application'] as const;
