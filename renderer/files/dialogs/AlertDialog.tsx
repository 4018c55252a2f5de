import { Modal, ModalActions } from './Modal';

export interface AlertContent {
  title: string;
  message: string;
  /** The store's error code, for someone reporting the problem. */
  code?: string;
}

/** A problem that stopped a file command, in the store's own words; nothing else changed. */
export function AlertDialog({ alert, onClose }: { alert: AlertContent | null; onClose: () => void }) {
  return (
    <Modal open={alert !== null} onCancel={onClose} titleId="alert-title" describedBy="alert-message" role="alertdialog" testId="alert-dialog">
      {alert && (
        <>
          <h2 id="alert-title">{alert.title}</h2>
          <p id="alert-message" className="modal__error">
            {alert.message}
          </p>
          {alert.code && <p className="modal__code">Problem code: {alert.code}</p>}
          <ModalActions>
            <button type="button" className="button" autoFocus onClick={onClose}>
              OK
            </button>
          </ModalActions>
        </>
      )}
    </Modal>
  );
}
