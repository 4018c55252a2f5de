import { Modal, ModalActions } from './Modal';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

interface Props {
  open: boolean;
  projectName: string;
  /** What the person asked for, e.g. "opening another project". */
  doing: string;
  onChoose: (choice: UnsavedChoice) => void;
}

/** Save / Don't save / Cancel, asked before New, Open or Close throws away unsaved changes. */
export function UnsavedChangesDialog({ open, projectName, doing, onChoose }: Props) {
  return (
    <Modal open={open} onCancel={() => onChoose('cancel')} titleId="unsaved-title" describedBy="unsaved-body" role="alertdialog" testId="unsaved-dialog">
      <h2 id="unsaved-title">Save the changes to “{projectName}”?</h2>
      <p id="unsaved-body">You have changes that are not saved. They will be lost by {doing} unless you save them first.</p>
      <ModalActions>
        <button type="button" className="button" autoFocus onClick={() => onChoose('save')}>
          Save
        </button>
        <button type="button" className="button button--secondary" onClick={() => onChoose('discard')}>
          Don’t save
        </button>
        <span className="modal__spacer" />
        <button type="button" className="button button--quiet" onClick={() => onChoose('cancel')}>
          Cancel
        </button>
      </ModalActions>
    </Modal>
  );
}
