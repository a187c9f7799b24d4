import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="empty-state">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <Link className="button button--primary" to="/">
        Go to the home page
      </Link>
    </div>
  );
}
