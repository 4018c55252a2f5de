import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import './Modal.css';

interface Props {
  open: boolean;
  /** Escape, or the dialog's own Cancel: the dialog closes and focus goes back to its opener. */
  onCancel: () => void;
  titleId: string;
  describedBy?: string;
  /** 'alertdialog' for errors and questions that interrupt the person's work. */
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
  testId?: string;
  children: ReactNode;
}

/**
 * A modal on the native <dialog> (focus trap, backdrop and top layer come with showModal). It
 * remembers what had focus when it opened and puts focus back there when it closes.
 */
export function Modal({ open, onCancel, titleId, describedBy, role = 'dialog', wide = false, testId, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      dialog.close();
      restoreFocus(opener.current);
    }
  }, [open]);

  // Unmounting while open (a project replaced underneath) must not strand focus either.
  useEffect(() => () => restoreFocus(opener.current), []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal--wide' : 'modal'}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      data-testid={testId}
      onCancel={(event) => {
        // React decides when the dialog closes, so its state and the element never disagree.
        event.preventDefault();
        onCancel();
      }}
    >
      {open && children}
    </dialog>
  );
}

function restoreFocus(element: HTMLElement | null): void {
  if (element && element.isConnected) element.focus();
}

/** The row of buttons at the foot of a dialog. */
export function ModalActions({ children }: { children: ReactNode }) {
  return <div className="modal__actions">{children}</div>;
}
