/**
 * Whether the window may close now, as plain state so it is tested without Electron. Main learns
 * the dirty flag from the renderer (`window:setDirty`); closing or quitting with unsaved changes
 * asks first: Save (the renderer saves, then sends `window:close`), Don't save, or Cancel.
 */
export type CloseChoice = 'save' | 'discard' | 'cancel';

/** The prompt's buttons, in order; Escape picks Cancel. */
export const CLOSE_BUTTONS = ['Save', 'Don’t save', 'Cancel'] as const;
export const CLOSE_CANCEL_ID = 2;

export function closeChoice(buttonIndex: number): CloseChoice {
  return buttonIndex === 0 ? 'save' : buttonIndex === 1 ? 'discard' : 'cancel';
}

/** The question, naming the project from the window title ("● Plan — SkillMix"). */
export function closeMessage(windowTitle: string): string {
  const name = windowTitle.replace(/^●\s*/, '').replace(/\s+—\s+SkillMix$/, '').trim();
  return name && name !== 'SkillMix' ? `Save the changes to “${name}” before closing?` : 'Save your changes before closing?';
}

export type CloseDecision = 'allow' | 'ask' | 'wait';
export type AfterAnswer = 'close' | 'save' | 'stay';

export class CloseGuard {
  private dirty = false;
  private allowed = false;
  private asking = false;
  /** Set by the app's before-quit: once the window may close, the app quits rather than just closing it. */
  quitting = false;

  setDirty(dirty: boolean): void {
    this.dirty = dirty;
  }

  /** The window's 'close' event: allow it, ask (prevent it and show the prompt), or wait for the open prompt. */
  onClose(): CloseDecision {
    if (this.allowed || !this.dirty) return 'allow';
    if (this.asking) return 'wait';
    this.asking = true;
    return 'ask';
  }

  answer(choice: CloseChoice): AfterAnswer {
    this.asking = false;
    if (choice === 'discard') {
      this.allowed = true;
      return 'close';
    }
    if (choice === 'save') return 'save';
    this.quitting = false;
    return 'stay';
  }

  /** A new window starts with nothing unsaved and nothing decided. */
  reset(): void {
    this.dirty = false;
    this.allowed = false;
    this.asking = false;
  }

  /** The renderer has saved after the prompt: the next close goes through. */
  saved(): void {
    this.allowed = true;
  }
}
