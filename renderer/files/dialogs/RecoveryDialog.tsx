import type { RecoveryCopyInfo } from '../../../models/fileApi';
import { formatDateTime } from '../../format';
import { Modal, ModalActions } from './Modal';

interface Props {
  copy: RecoveryCopyInfo | null;
  onRestore: () => void;
  onDiscard: () => void;
  /** Escape: decide later; the copy stays for the next launch. */
  onLater: () => void;
}

/** At launch: work autosaved after its file was last saved, offered back before anything else. */
export function RecoveryDialog({ copy, onRestore, onDiscard, onLater }: Props) {
  return (
    <Modal open={copy !== null} onCancel={onLater} titleId="recovery-title" describedBy="recovery-body" role="alertdialog" testId="recovery-dialog">
      {copy && (
        <>
          <h2 id="recovery-title">Recover unsaved work?</h2>
          <div id="recovery-body">
            <p>
              SkillMix kept a copy of “{copy.projectName}” from {formatDateTime(copy.savedAt)}, with changes that were never saved
              {copy.originalPath ? ' to its file' : ''}.
            </p>
            {copy.originalPath && (
              <p className="hint">
                File: <span className="path">{copy.originalPath}</span>
                {copy.originalModifiedAt && <>, last saved {formatDateTime(copy.originalModifiedAt)}</>}
              </p>
            )}
          </div>
          <ModalActions>
            <button type="button" className="button" autoFocus onClick={onRestore}>
              Restore
            </button>
            <button type="button" className="button button--secondary" onClick={onDiscard}>
              Discard
            </button>
          </ModalActions>
        </>
      )}
    </Modal>
  );
}
