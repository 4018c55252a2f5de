export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };
export function findElectronBinary(): ElectronBinary;
export function tryFetchElectron(timeoutMs?: number): Promise<boolean>;
