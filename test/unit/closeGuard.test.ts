import { describe, expect, it } from 'vitest';
import { CLOSE_BUTTONS, CLOSE_CANCEL_ID, CloseGuard, closeChoice, closeMessage } from '../../main/closeGuard';

describe('closing with unsaved changes', () => {
  it('closes at once when nothing is unsaved', () => {
    expect(new CloseGuard().onClose()).toBe('allow');
  });

  it('asks once when the project is dirty, and waits while the question is open', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.onClose()).toBe('ask');
    expect(guard.onClose()).toBe('wait');
  });

  it("Don't save lets the close through; Cancel keeps the window and forgets the quit", () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    guard.quitting = true;
    guard.onClose();
    expect(guard.answer('cancel')).toBe('stay');
    expect(guard.quitting).toBe(false);
    expect(guard.onClose()).toBe('ask');
    expect(guard.answer('discard')).toBe('close');
    expect(guard.onClose()).toBe('allow');
  });

  it('Save waits for the renderer to save, then the close goes through', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    guard.onClose();
    expect(guard.answer('save')).toBe('save');
    expect(guard.onClose()).toBe('ask');
    guard.answer('cancel');
    guard.saved();
    expect(guard.onClose()).toBe('allow');
  });

  it('offers Save, Don’t save and Cancel, Escape being Cancel, and names the project', () => {
    expect(CLOSE_BUTTONS.map((_, i) => closeChoice(i))).toEqual(['save', 'discard', 'cancel']);
    expect(closeChoice(CLOSE_CANCEL_ID)).toBe('cancel');
    expect(closeMessage('● Hampshire plan.skillmix — SkillMix')).toBe('Save the changes to “Hampshire plan.skillmix” before closing?');
    expect(closeMessage('SkillMix')).toBe('Save your changes before closing?');
  });
});
