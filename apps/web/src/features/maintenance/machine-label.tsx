import type { Machine } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { ErrorBanner } from '../../components/error-banner';
import { imageQuery } from './queries';

/** Prints only the label, in a window of its own, at its real size (90 × 45 mm). */
function printLabel(src: string, machine: Machine): void {
  const win = window.open('', '_blank', 'width=600,height=400');
  if (!win) return;
  const img = win.document.createElement('img');
  img.src = src;
  img.alt = `QR label of ${machine.name}`;
  img.style.width = '90mm';
  img.onload = () => {
    win.focus();
    win.print();
  };
  win.document.title = `Label ${machine.code}`;
  win.document.body.style.margin = '10mm';
  win.document.body.append(img);
}

/**
 * The machine's QR label: scanning it opens the public request portal, where anyone can report a
 * problem without an account. Print it and stick it on the machine.
 */
export function MachineLabel({ machine }: { machine: Machine }) {
  const { data: src, error } = useQuery(imageQuery(`/api/v1/machines/${machine.id}/label`));
  if (error) return <ErrorBanner error={error} />;
  if (!src) return <p className="muted">Loading…</p>;
  return (
    <div className="stack">
      <img className="machine-label" src={src} alt={`QR label of ${machine.name}`} />
      <p className="muted small">
        Scanning the code opens a page where anyone can report a problem with this machine, without an
        account, and see whether it is already reported.
      </p>
      <div className="form__actions form__actions--start">
        <button type="button" className="button button--primary" onClick={() => printLabel(src, machine)}>
          Print
        </button>
        <a className="button" href={src} download={`${machine.code}-label.svg`}>
          Download SVG
        </a>
        <a className="button button--ghost" href={machine.portalPath} target="_blank" rel="noreferrer">
          Open the report page
        </a>
      </div>
    </div>
  );
}
