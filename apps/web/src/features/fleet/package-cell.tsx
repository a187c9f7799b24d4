import type { SoftwareVersion } from '@factoryops/contracts';
import { useRef, useState } from 'react';
import { errorMessage } from '../../components/error-banner';
import { fileSizeText } from '../../lib/file-size';
import { saveFile } from '../../lib/save-file';
import { softwareApi } from './api';
import { useUploadPackage } from './queries';

/**
 * A version's package: its file, size and SHA-256 with a download, and (for those who manage software)
 * an upload with its progress. The browser sends the file's SHA-256 along, so a damaged upload is refused.
 */
export function PackageCell({ version, canUpload }: { version: SoftwareVersion; canUpload: boolean }) {
  const upload = useUploadPackage(version.softwareId);
  const [progress, setProgress] = useState<number | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const file = version.package;

  async function download() {
    if (!file) return;
    setDownloadError(null);
    try {
      const response = await softwareApi.downloadPackage(version.softwareId, version.id);
      saveFile(await response.blob(), file.fileName);
    } catch (error) {
      setDownloadError(error);
    }
  }

  function send(chosen: File | undefined) {
    if (!chosen) return;
    setProgress(0);
    upload.mutate(
      { versionId: version.id, file: chosen, onProgress: setProgress },
      { onSettled: () => setProgress(null) },
    );
    if (input.current) input.current.value = '';
  }

  return (
    <div className="fleet-package">
      {file ? (
        <div>
          <button type="button" className="fleet-link" onClick={download}>
            {file.fileName}
          </button>{' '}
          <span className="muted small">{fileSizeText(file.size)}</span>
          <div className="fleet-checksum muted" title="SHA-256">
            sha256 {file.sha256}
          </div>
        </div>
      ) : (
        <span className="muted">No package yet</span>
      )}
      {canUpload ? (
        <div className="fleet-upload">
          <label className="button button--small">
            {file ? 'Replace package' : 'Upload package'}
            <input
              ref={input}
              type="file"
              hidden
              aria-label={`Package of ${version.versionNumber}`}
              disabled={progress !== null}
              onChange={(e) => send(e.target.files?.[0])}
            />
          </label>
          {progress !== null ? (
            <progress aria-label={`Upload of ${version.versionNumber}`} max={1} value={progress} />
          ) : null}
        </div>
      ) : null}
      {upload.error ? <p className="field__error">{errorMessage(upload.error)}</p> : null}
      {downloadError ? <p className="field__error">{errorMessage(downloadError)}</p> : null}
    </div>
  );
}
