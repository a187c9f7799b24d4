import { type FormEvent, useState } from 'react';
import { fieldErrorsOf } from '../components/error-banner';
import { Field } from '../components/field';
import { ApiError } from '../lib/api-client';
import { formatTimeIn } from '../lib/format';
import { useAuth } from './auth-session';

export function LoginPage({ notice }: { notice?: string }) {
  const { login } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login({ email, password });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  const fields = fieldErrorsOf(error);
  const message = error instanceof Error && Object.keys(fields).length === 0 ? error.message : null;
  // Locked or rate-limited: the server says for how long; the clock time is easier to act on.
  const retryAt =
    error instanceof ApiError && error.status === 429 && error.retryAfterSeconds
      ? formatTimeIn(error.retryAfterSeconds)
      : null;

  return (
    <main className="login">
      <form className="login__card" onSubmit={submit} noValidate>
        <div className="brand brand--large">
          <img src="/favicon.svg" alt="" width={40} height={40} />
          <span>FactoryOps</span>
        </div>
        <h1>Sign in</h1>
        {notice ? <p className="banner banner--info">{notice}</p> : null}
        {message ? (
          <p className="banner banner--error" role="alert">
            {message}
            {retryAt ? ` You can sign in again from ${retryAt}.` : null}
          </p>
        ) : null}
        <Field
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
          required
          autoFocus
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
          required
        />
        <button className="button button--primary button--block" type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
