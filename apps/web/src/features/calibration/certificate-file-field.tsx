import { CERTIFICATE_FILE_MAX_BYTES, type Certificate } from '@factoryops/contracts';
import { type ChangeEvent, useId, useState } from 'react';
import { fileSizeText } from '../../lib/file-size';

/** What saving the form does with the certificate's PDF. */
export type FileChange = { kind: 'keep' } | { kind: 'attach'; file: File } | { kind: 'remove' };

interface CertificateFileFieldProps {
  /** The PDF already attached, if any. */
  current: Certificate['file'];
  change: FileChange;
  onChange(change: FileChange): void;
  /** The server's refusal of the last upload (not a PDF, too big). */
  error?: string;
}

const isPdf = (file: File) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name);

/** The scanned certificate: the attached PDF's name and size, to replace or remove when the form is saved. */
export function CertificateFileField({ current, change, onChange, error }: CertificateFileFieldProps) {
  const [refused, setRefused] = useState<string | null>(null);
  const messageId = useId();
  const message = refused ?? error;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!isPdf(file)) return setRefused(`${file.name} is not a PDF.`);
    if (file.size > CERTIFICATE_FILE_MAX_BYTES)
      return setRefused(
        `${file.name} is ${fileSizeText(file.size)}; a certificate may be at most ${fileSizeText(CERTIFICATE_FILE_MAX_BYTES)}.`,
      );
    setRefused(null);
    onChange({ kind: 'attach', file });
  }

  const shown = change.kind === 'attach' ? { name: change.file.name, size: change.file.size } : current;
  const status =
    change.kind === 'attach'
      ? 'uploaded when you save'
      : change.kind === 'remove'
        ? 'removed when you save'
        : null;

  return (
    <fieldset
      className={`field${message ? ' field--invalid' : ''}`}
      aria-describedby={message ? messageId : undefined}
    >
      <legend>Certificate PDF</legend>
      <div className="certificate-file">
        {shown ? (
          <span className={change.kind === 'remove' ? 'certificate-file__removed' : undefined}>
            <strong>{shown.name}</strong> <span className="muted small">{fileSizeText(shown.size)}</span>
            {status ? <span className="muted small"> · {status}</span> : null}
          </span>
        ) : (
          <span className="muted">No file attached.</span>
        )}
        <span className="row-actions">
          <label className="button button--small upload-button">
            {shown && change.kind !== 'remove' ? 'Replace PDF' : 'Attach PDF'}
            <input type="file" accept="application/pdf,.pdf" className="visually-hidden" onChange={choose} />
          </label>
          {change.kind === 'attach' ? (
            <button type="button" className="button button--small" onClick={() => onChange({ kind: 'keep' })}>
              Do not upload
            </button>
          ) : null}
          {current && change.kind === 'keep' ? (
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => onChange({ kind: 'remove' })}
            >
              Remove PDF
            </button>
          ) : null}
          {change.kind === 'remove' ? (
            <button type="button" className="button button--small" onClick={() => onChange({ kind: 'keep' })}>
              Keep PDF
            </button>
          ) : null}
        </span>
      </div>
      {message ? (
        <p className="field__error" id={messageId} role="alert">
          {message}
        </p>
      ) : (
        <p className="field__hint">A PDF of at most {fileSizeText(CERTIFICATE_FILE_MAX_BYTES)}.</p>
      )}
    </fieldset>
  );
}
