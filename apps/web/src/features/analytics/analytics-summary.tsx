import type { Analytics } from '@factoryops/contracts';

/**
 * The summary the server writes from the figures; when a language model rewrote it, the rewrite
 * first, marked as such, with the server's own words a click away.
 */
export function AnalyticsSummary({ summary }: { summary: Analytics['summary'] }) {
  return (
    <section className="card analytics-summary" aria-label="Summary">
      <h2>Summary</h2>
      {summary.rewritten ? (
        <>
          <p className="analytics-summary__badge">
            <span className="badge badge--info">Rewritten by the language model</span>
          </p>
          <p className="analytics-summary__text">{summary.rewritten}</p>
          <details className="analytics-summary__original">
            <summary>Original summary, written from the figures</summary>
            <p className="analytics-summary__text">{summary.text}</p>
          </details>
        </>
      ) : (
        <p className="analytics-summary__text">{summary.text}</p>
      )}
    </section>
  );
}
