import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProject } from '../../models/project';
import { canRedo, canUndo, closeGesture, createHistory, edit, isDirty, markSaved, redo, undo } from '../../renderer/document/history';

const posts = (h: { present: ReturnType<typeof defaultProject> }) => h.present.scenarios[0].teams[0].roles[0].posts;
const setPosts = (value: number) => (p: ReturnType<typeof defaultProject>) => {
  p.scenarios[0].teams[0].roles[0].posts = value;
};

describe('undo and redo', () => {
  it('undo restores the old value exactly and redo brings the edit back', () => {
    let h = createHistory(defaultProject());
    h = edit(h, setPosts(7.5), { label: 'Social worker posts' });
    expect(posts(h)).toBe(7.5);
    h = undo(h);
    expect(posts(h)).toBe(6);
    expect(h.present).toEqual(defaultProject());
    h = redo(h);
    expect(posts(h)).toBe(7.5);
  });

  it('folds the keystrokes of one typed number into one undo step', () => {
    let h = createHistory(defaultProject());
    for (const v of [1, 12, 1.5]) h = edit(h, setPosts(v), { label: 'posts', gesture: 'posts#1' });
    expect(h.past).toHaveLength(1);
    h = undo(h);
    expect(posts(h)).toBe(6);
  });

  it('starts a new step when the gesture closes or changes', () => {
    let h = createHistory(defaultProject());
    h = edit(h, setPosts(5), { label: 'posts', gesture: 'posts#1' });
    h = closeGesture(h);
    h = edit(h, setPosts(4), { label: 'posts', gesture: 'posts#1' });
    h = edit(h, setPosts(3), { label: 'posts', gesture: 'posts#2' });
    expect(h.past).toHaveLength(3);
    expect(posts(undo(h))).toBe(4);
  });

  it('an edit that changes nothing records nothing', () => {
    const h = createHistory(defaultProject());
    expect(edit(h, setPosts(6), { label: 'same' })).toBe(h);
  });

  it('a new edit clears the redo stack', () => {
    let h = edit(createHistory(defaultProject()), setPosts(5), { label: 'a' });
    h = undo(h);
    expect(canRedo(h)).toBe(true);
    h = edit(h, setPosts(4), { label: 'b' });
    expect(canRedo(h)).toBe(false);
  });
});

describe('the dirty flag', () => {
  it('is clean when opened, dirty after an edit, clean after save, dirty again after undo', () => {
    let h = createHistory(defaultProject());
    expect(isDirty(h)).toBe(false);
    h = edit(h, setPosts(5), { label: 'a' });
    expect(isDirty(h)).toBe(true);
    h = markSaved(h);
    expect(isDirty(h)).toBe(false);
    h = undo(h);
    expect(isDirty(h)).toBe(true);
    h = redo(h);
    expect(isDirty(h)).toBe(false);
  });

  it('does not fold a gesture into the saved entry', () => {
    let h = edit(createHistory(defaultProject()), setPosts(5), { label: 'a', gesture: 'g' });
    h = markSaved(h);
    h = edit(h, setPosts(4), { label: 'a', gesture: 'g' });
    expect(isDirty(h)).toBe(true);
    expect(posts(undo(h))).toBe(5);
  });
});

describe('any sequence of edits', () => {
  it('undone all the way returns the original document, redone all the way the final one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 50, noNaN: true }), fc.constantFrom('g1', 'g2', null)), { maxLength: 30 }), (steps) => {
        let h = createHistory(defaultProject());
        for (const [v, g] of steps) h = edit(h, setPosts(v), { label: 'posts', gesture: g });
        const final = h.present;
        while (canUndo(h)) h = undo(h);
        expect(h.present).toEqual(defaultProject());
        while (canRedo(h)) h = redo(h);
        expect(h.present).toEqual(final);
      }),
      { numRuns: 100 },
    );
  });
});
