import type { Certificate } from '@factoryops/contracts';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { useDeleteCertificate } from './queries';

interface DeleteCertificateDialogProps {
  certificate: Certificate | null;
  onClose(): void;
}

/** Asks before deleting; the server's refusal (the certificate already corrected readings) stays in view. */
export function DeleteCertificateDialog({ certificate, onClose }: DeleteCertificateDialogProps) {
  const remove = useDeleteCertificate();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog
      title={`Delete certificate ${certificate?.number ?? ''}`}
      open={certificate !== null}
      onClose={close}
    >
      {certificate ? (
        <div className="form">
          <p>
            Delete certificate <strong>{certificate.number}</strong> of {certificate.sensorName} (
            {certificate.instrumentName})? Only a certificate that has not corrected stored readings can be
            deleted; one that has is superseded by adding a newer certificate.
          </p>
          <ErrorBanner error={remove.error} />
          <div className="form__actions">
            <button type="button" className="button button--ghost" onClick={close}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={remove.isPending || remove.error !== null}
              onClick={() => remove.mutate(certificate.id, { onSuccess: close })}
            >
              Delete certificate
            </button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
