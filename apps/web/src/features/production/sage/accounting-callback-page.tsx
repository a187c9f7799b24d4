import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorBanner } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { PRODUCTION_PATHS } from '../paths';
import { useSageCallback } from './queries';

/**
 * Where Sage sends the browser back after the sign-in: hands the code and state to the API (which
 * checks the state) once, then returns to the accounting page.
 */
export function AccountingCallbackPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const callback = useSageCallback();
  const sent = useRef(false);
  const code = params.get('code') ?? '';
  const state = params.get('state') ?? '';
  const refused = params.get('error');

  useEffect(() => {
    if (sent.current || refused) return;
    sent.current = true;
    callback.mutate(
      { code, state },
      { onSuccess: () => navigate(PRODUCTION_PATHS.accounting, { replace: true }) },
    );
  }, [callback, code, state, refused, navigate]);

  return (
    <>
      <PageHeader title="Connecting to Sage" />
      {refused ? (
        <div className="banner banner--error" role="alert">
          Sage did not connect: {params.get('error_description') ?? refused}.
        </div>
      ) : (
        <ErrorBanner error={callback.error} />
      )}
      {callback.isPending ? <p className="muted">Finishing the connection…</p> : null}
      {refused || callback.isError ? (
        <p>
          <Link to={PRODUCTION_PATHS.accounting}>Back to Accounting</Link>
        </p>
      ) : null}
    </>
  );
}
