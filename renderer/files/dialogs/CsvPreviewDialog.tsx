import type { CsvImportFile } from '../../../models/fileApi';
import type { ImportKind } from '../../../models/import/types';
import { Modal, ModalActions } from './Modal';
import './CsvPreviewDialog.css';

interface Props {
  kind: ImportKind;
  file: CsvImportFile | null;
  busy: boolean;
  onApply: () => void;
  /** Pick the file again (after fixing it in a spreadsheet). */
  onChooseAgain: () => void;
  onCancel: () => void;
}

const KIND_LABEL: Record<ImportKind, string> = { establishment: 'establishment', demand: 'demand' };

/**
 * What a council's CSV would change, and every row that is wrong (row, column, what is wrong),
 * before anything is applied. A file with problems cannot be applied: the person fixes it and
 * chooses it again.
 */
export function CsvPreviewDialog({ kind, file, busy, onApply, onChooseAgain, onCancel }: Props) {
  const preview = file?.preview;
  const blocked = !preview || preview.fileError !== null || preview.errors.length > 0 || preview.scenario === null;
  return (
    <Modal open={file !== null} onCancel={onCancel} titleId="csv-title" wide testId="csv-preview">
      {file && preview && (
        <>
          <h2 id="csv-title">
            Import {KIND_LABEL[kind]} from {file.fileName}
          </h2>
          {preview.fileError && (
            <div className="modal__error" role="alert">
              <p>
                <strong>This file cannot be used.</strong> {preview.fileError.row ? `Row ${preview.fileError.row}: ` : ''}
                {preview.fileError.message}
              </p>
            </div>
          )}
          {preview.errors.length > 0 && <RowErrors errors={preview.errors} />}
          {!preview.fileError && (
            <section aria-labelledby="csv-changes-title" className="csv-preview__section">
              <h3 id="csv-changes-title">
                {blocked ? 'What the rows without problems would change' : 'What will change'} ({preview.changes.length})
              </h3>
              {preview.changes.length === 0 ? (
                <p>Nothing: the file matches the scenario.</p>
              ) : (
                <ul className="csv-preview__changes" data-testid="csv-changes">
                  {preview.changes.map((c, i) => (
                    <li key={`${c.row}-${i}`}>
                      <span className="csv-preview__row">Row {c.row}</span> {c.text}
                    </li>
                  ))}
                </ul>
              )}
              {preview.untouched.length > 0 && (
                <details className="csv-preview__untouched">
                  <summary>Left as they are ({preview.untouched.length})</summary>
                  <ul>
                    {preview.untouched.map((u) => (
                      <li key={u}>{u}</li>
                    ))}
                  </ul>
                </details>
              )}
            </section>
          )}
          <ModalActions>
            {!blocked && (
              <button type="button" className="button" autoFocus disabled={busy} onClick={onApply}>
                Apply changes
              </button>
            )}
            <button type="button" className={blocked ? 'button' : 'button button--secondary'} autoFocus={blocked} disabled={busy} onClick={onChooseAgain}>
              Choose another file…
            </button>
            <span className="modal__spacer" />
            <button type="button" className="button button--quiet" onClick={onCancel}>
              Cancel
            </button>
          </ModalActions>
        </>
      )}
    </Modal>
  );
}

function RowErrors({ errors }: { errors: NonNullable<CsvImportFile['preview']>['errors'] }) {
  return (
    <section className="csv-preview__section" aria-labelledby="csv-errors-title">
      <div className="modal__error">
        <h3 id="csv-errors-title">
          {errors.length === 1 ? 'There is a problem in 1 row' : `There are ${errors.length} problems`}
        </h3>
        <p>Nothing is changed until the file is fixed. Correct these in the file, save it, and choose it again.</p>
      </div>
      <div className="table-wrap csv-preview__errors" tabIndex={0} role="region" aria-label="Problems in the file">
        <table className="data-table" data-testid="csv-errors">
          <thead>
            <tr>
              <th scope="col" className="num">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">What is wrong</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={`${e.row}-${e.column}-${i}`}>
                <td className="num">{e.row}</td>
                <td>{e.column ?? 'whole row'}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
