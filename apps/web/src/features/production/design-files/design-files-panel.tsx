import type { DesignFile } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner, fieldErrorsOf } from '../../../components/error-banner';
import { formatDateTime } from '../../../lib/format';
import { fileSizeText } from '../../../lib/file-size';
import { useProductionAccess } from '../access';
import type { DesignFileOwner } from './api';
import './design-files.css';
import { previewQuery, useDeleteDesignFile, useDesignFileDownload, useUploadDesignFile } from './queries';

const ACCEPT = '.dxf,.pdf,.lbrn,.lbrn2,.png,.jpg,.jpeg';
const KIND_LABELS: Record<DesignFile['kind'], string> = {
  dxf: 'DXF drawing',
  pdf: 'PDF',
  lightburn: 'LightBurn project',
  image: 'Image',
};

function Preview({ file }: { file: DesignFile }) {
  const { data: src, error } = useQuery({ ...previewQuery(file.id), enabled: file.hasPreview });
  if (!file.hasPreview) return <span className="design-file__no-preview">{KIND_LABELS[file.kind]}</span>;
  if (error) return <span className="design-file__no-preview">No preview</span>;
  return src ? (
    <img className="design-file__preview" src={src} alt={`Preview of ${file.name}`} />
  ) : (
    <span className="design-file__no-preview">Loading…</span>
  );
}

/**
 * A project's or product's design files: a preview of each (the drawing's entities, a PDF's first page),
 * download under the original name, upload and delete for those who manage production.
 */
export function DesignFilesPanel({
  owner,
  files,
}: {
  owner: DesignFileOwner;
  files: DesignFile[] | undefined;
}) {
  const access = useProductionAccess();
  const upload = useUploadDesignFile();
  const remove = useDeleteDesignFile();
  const download = useDesignFileDownload();
  const [open, setOpen] = useState<DesignFile | null>(null);
  const [confirming, setConfirming] = useState<DesignFile | null>(null);
  // Why the server refused the file (its content, its type), said as it said it.
  const refused = fieldErrorsOf(upload.error).file;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) upload.mutate({ owner, file });
  }

  return (
    <section aria-label="Design files" className="design-files">
      <div className="section-heading">
        <h2 className="section-title">Design files</h2>
        {access.manage ? (
          <label className="button upload">
            {upload.isPending ? 'Uploading…' : 'Upload file'}
            <input
              type="file"
              accept={ACCEPT}
              className="visually-hidden"
              disabled={upload.isPending}
              onChange={choose}
            />
          </label>
        ) : null}
      </div>
      {refused ? (
        <p className="field__error" role="alert">
          {refused}
        </p>
      ) : (
        <ErrorBanner error={upload.error ?? remove.error ?? download.error} />
      )}
      {files?.length === 0 ? (
        <p className="muted">
          No files yet{access.manage ? ': upload a DXF, PDF, LightBurn project or image.' : '.'}
        </p>
      ) : null}
      <ul className="design-file-list">
        {files?.map((file) => (
          <li key={file.id} className="design-file">
            <button
              type="button"
              className="design-file__thumb"
              onClick={() => setOpen(file)}
              disabled={!file.hasPreview}
              title={file.hasPreview ? `Open the preview of ${file.name}` : undefined}
            >
              <Preview file={file} />
            </button>
            <div className="design-file__text">
              <strong className="design-file__name">{file.name}</strong>
              <span className="muted small">
                {KIND_LABELS[file.kind]} · {fileSizeText(file.size)} · {formatDateTime(file.uploadedAt)}
                {file.uploadedBy ? ` · ${file.uploadedBy}` : ''}
              </span>
              <code className="muted small" title="SHA-256 of the content">
                {file.sha256.slice(0, 12)}…
              </code>
            </div>
            <div className="design-file__actions">
              <button
                type="button"
                className="button button--small"
                onClick={() => download.mutate({ id: file.id, name: file.name })}
              >
                Download
              </button>
              {access.manage ? (
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() => setConfirming(file)}
                >
                  Delete
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <Dialog title={open?.name ?? 'Preview'} open={open !== null} onClose={() => setOpen(null)}>
        {open ? (
          <div className="design-file__large">
            <Preview file={open} />
          </div>
        ) : null}
      </Dialog>
      <Dialog title="Delete this file?" open={confirming !== null} onClose={() => setConfirming(null)}>
        <p>
          <strong>{confirming?.name}</strong> and its preview are removed for good.
        </p>
        <div className="form__actions">
          <button type="button" className="button button--ghost" onClick={() => setConfirming(null)}>
            Keep it
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() =>
              confirming && remove.mutate(confirming.id, { onSuccess: () => setConfirming(null) })
            }
          >
            Delete file
          </button>
        </div>
      </Dialog>
    </section>
  );
}
