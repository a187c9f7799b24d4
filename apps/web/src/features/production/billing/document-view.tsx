import './billing.css';
import { formatMoney, type Invoice, type Quote } from '@factoryops/contracts';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { DetailList } from '../../../components/detail-list';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { saveFile } from '../../../lib/save-file';
import { clientPath, projectPath } from '../paths';
import { DocumentFigures } from './billing-lines-editor';
import { DocumentStatusBadge } from './document-badges';

interface DocumentViewProps {
  document: Quote | Invoice;
  kind: 'Quote' | 'Invoice';
  breadcrumb: ReactNode;
  /** The document's own dates and links, after project and client. */
  details: [string, ReactNode][];
  /** The status actions the user may take now. */
  actions: ReactNode;
  /** The last action's failure. */
  error: unknown;
  pdf(): Promise<Blob>;
}

/** A quote or invoice: its status and actions, what it bills, its figures, and its PDF. */
export function DocumentView({
  document,
  kind,
  breadcrumb,
  details,
  actions,
  error,
  pdf,
}: DocumentViewProps) {
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const download = () =>
    pdf()
      .then((blob) => saveFile(blob, `${document.number}.pdf`))
      .catch(setDownloadError);
  return (
    <>
      <p className="breadcrumb">{breadcrumb}</p>
      <PageHeader
        title={`${kind} ${document.number}`}
        badge={<DocumentStatusBadge status={document.status} />}
        description={`${document.projectCode} · ${document.projectName}`}
        actions={
          <>
            {actions}
            <button type="button" className="button" onClick={download}>
              Download PDF
            </button>
          </>
        }
      />
      <ErrorBanner error={error ?? downloadError} />
      <div className="production-detail">
        <div className="stack">
          <DetailList
            items={[
              [
                'Project',
                <Link key="project" to={projectPath(document.projectId)}>
                  {document.projectCode}
                </Link>,
              ],
              [
                'Client',
                <Link key="client" to={clientPath(document.clientId)}>
                  {document.clientName} ({document.clientCode})
                </Link>,
              ],
              ['Client email', document.clientEmail || '—'],
              ...details,
            ]}
          />
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>#</th>
                  <th>Description</th>
                  <th className="numeric">Quantity</th>
                  <th className="numeric">Unit price</th>
                  <th className="numeric">Amount</th>
                </tr>
              </thead>
              <tbody>
                {document.lines.map((line) => (
                  <tr key={line.position}>
                    <td>{line.position + 1}</td>
                    <td>
                      {line.description}
                      {line.productSku ? <div className="muted small">{line.productSku}</div> : null}
                    </td>
                    <td className="numeric">{line.quantity.replace(/\.?0+$/, '')}</td>
                    <td className="numeric nowrap">{formatMoney(line.unitPrice, document.currency)}</td>
                    <td className="numeric nowrap">{formatMoney(line.lineTotal, document.currency)}</td>
                  </tr>
                ))}
                {document.lines.length === 0 ? (
                  <tr>
                    <td colSpan={5} className="muted">
                      No lines yet.
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
          <DocumentFigures {...document} />
          {document.notes ? <p className="multiline">{document.notes}</p> : null}
        </div>
      </div>
    </>
  );
}
