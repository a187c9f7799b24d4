import type { Client } from '@factoryops/contracts';
import { Dialog } from '../../../components/dialog';
import { ErrorBanner } from '../../../components/error-banner';
import { useDeleteClient } from '../queries';
import { refusedForProjects } from './client-deletion';

interface DeleteClientDialogProps {
  client: Client | null;
  onClose(): void;
  onDeleted(): void;
}

const plural = (count: number) => `${count} project${count === 1 ? '' : 's'}`;

/**
 * Asks before deleting a client. When the server refuses because the client has projects, asks again
 * whether they go too, and only then retries with `cascade=true`.
 */
export function DeleteClientDialog({ client, onClose, onDeleted }: DeleteClientDialogProps) {
  const remove = useDeleteClient();
  const askCascade = refusedForProjects(remove.error);
  const close = () => {
    remove.reset();
    onClose();
  };
  const label = client ? `${client.code} ${client.name}` : '';
  return (
    <Dialog title={`Delete ${label}`} open={client !== null} onClose={close}>
      {client ? (
        <div className="form">
          {askCascade ? (
            <div className="banner banner--warning" role="alert">
              <p>
                <strong>{label}</strong> has {plural(client.projectCount)}. Deleting the client deletes{' '}
                {client.projectCount === 1 ? 'it' : 'them'} too, with{' '}
                {client.projectCount === 1 ? 'its' : 'their'} queue items. This cannot be undone.
              </p>
            </div>
          ) : (
            <>
              <p>
                Delete <strong>{label}</strong>? Its code is not given to another client.
              </p>
              <ErrorBanner error={remove.error} />
            </>
          )}
          <div className="form__actions">
            <button type="button" className="button button--ghost" onClick={close}>
              Cancel
            </button>
            {askCascade ? (
              <button
                type="button"
                className="button button--danger"
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id: client.id, cascade: true }, { onSuccess: onDeleted })}
              >
                Delete client and {plural(client.projectCount)}
              </button>
            ) : (
              <button
                type="button"
                className="button button--danger"
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id: client.id, cascade: false }, { onSuccess: onDeleted })}
              >
                Delete client
              </button>
            )}
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
