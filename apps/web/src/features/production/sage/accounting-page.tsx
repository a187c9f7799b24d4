import { useQuery } from '@tanstack/react-query';
import { DetailList } from '../../../components/detail-list';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime } from '../../../lib/format';
import { useProductionAccess } from '../access';
import { BusinessChooser } from './business-chooser';
import { sageStatusQuery, useConnectSage, useDisconnectSage, useStartSageSync } from './queries';
import { syncIsActive } from './sync-badge';
import { SyncHistory } from './sync-history';
import { SyncResult } from './sync-result';
import './sage.css';

const TITLE = 'Accounting';
const DESCRIPTION =
  'Sage Business Cloud Accounting: its customer contacts become clients, sent invoices become Sage sales invoices, and payments recorded in Sage mark them paid here.';

/** The Sage Accounting connection: connect, choose the business, sync, see what each sync did. */
export function AccountingPage() {
  const access = useProductionAccess();
  const status = useQuery(sageStatusQuery);
  const connect = useConnectSage();
  const disconnect = useDisconnectSage();
  const startSync = useStartSageSync();

  if (!status.data)
    return (
      <>
        <PageHeader title={TITLE} />
        {status.isPending ? <p className="muted">Loading…</p> : <ErrorBanner error={status.error} />}
      </>
    );
  const sage = status.data;
  const busy = syncIsActive(sage.lastSync);
  const actions = sage.connected ? (
    <>
      <button
        type="button"
        className="button button--primary nowrap"
        disabled={!sage.business || busy || startSync.isPending}
        title={sage.business ? undefined : 'Choose the business first'}
        onClick={() => startSync.mutate()}
      >
        {busy ? 'Syncing…' : 'Sync now'}
      </button>
      <button
        type="button"
        className="button button--danger nowrap"
        disabled={disconnect.isPending}
        onClick={() => {
          if (
            window.confirm('Disconnect Sage Accounting? Its tokens are revoked; links to Sage records stay.')
          )
            disconnect.mutate();
        }}
      >
        Disconnect
      </button>
    </>
  ) : null;

  return (
    <>
      <PageHeader
        title={TITLE}
        badge={
          <span className={`badge badge--${sage.connected ? 'ok' : 'muted'}`}>
            {sage.connected ? 'Connected to Sage' : 'Not connected'}
          </span>
        }
        description={DESCRIPTION}
        actions={actions}
      />
      <ErrorBanner error={connect.error ?? disconnect.error ?? startSync.error} />
      {!sage.configured ? (
        <div className="banner banner--info" role="status">
          Sage Accounting is not configured on this server. An administrator registers the app with Sage and
          sets <code>SAGE_CLIENT_ID</code> and <code>SAGE_CLIENT_SECRET</code>, then restarts FactoryOps.
        </div>
      ) : !sage.connected ? (
        <section className="card stack sage-connect">
          <p>
            Sign in to Sage with an account of the business and allow FactoryOps to use it. You come back here
            afterwards.
          </p>
          <div>
            <button
              type="button"
              className="button button--primary"
              disabled={connect.isPending}
              onClick={() =>
                connect.mutate(undefined, {
                  onSuccess: ({ authorizeUrl }) => window.location.assign(authorizeUrl),
                })
              }
            >
              Connect to Sage
            </button>
          </div>
        </section>
      ) : (
        <>
          <DetailList
            items={[
              ['Connected', `${formatDateTime(sage.connectedAt)} by ${sage.connectedBy}`],
              ['Business', sage.business?.name ?? 'Not chosen yet'],
            ]}
          />
          <BusinessChooser key={sage.business?.id ?? 'none'} current={sage.business} />
          {!sage.business ? (
            <p className="banner banner--warning">Choose the Sage business to sync with.</p>
          ) : null}
        </>
      )}
      {sage.lastSync ? <SyncResult sync={sage.lastSync} /> : null}
      {sage.lastSync ? <SyncHistory showCalls={access.sageLog} /> : null}
    </>
  );
}
