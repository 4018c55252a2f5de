/** The window title (Electron mirrors document.title): the file's name, marked while unsaved. */
export function windowTitle(name: string, dirty: boolean): string {
  return `${dirty ? '● ' : ''}${name} — SkillMix`;
}

/** What the title and prompts call the open project: its file's name once it has one. */
export function displayName(fileName: string | null, projectName: string): string {
  return fileName ?? projectName;
}
