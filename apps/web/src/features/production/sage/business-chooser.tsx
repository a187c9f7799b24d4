import type { SageBusiness } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorBanner } from '../../../components/error-banner';
import { sageBusinessesQuery, useChooseSageBusiness } from './queries';

/** Picks the Sage business syncs read and write, among those of the connected Sage user. */
export function BusinessChooser({ current }: { current: SageBusiness | null }) {
  const businesses = useQuery(sageBusinessesQuery);
  const choose = useChooseSageBusiness();
  const [chosen, setChosen] = useState(current?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) choose.mutate({ businessId: chosen });
  };
  return (
    <form className="form form--inline sage-business" onSubmit={submit} aria-label="Sage business">
      <ErrorBanner error={businesses.error ?? choose.error} />
      <label className="field">
        <span>Business in Sage</span>
        <select
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          disabled={!businesses.data}
        >
          <option value="">{businesses.isPending ? 'Loading businesses…' : 'Choose a business'}</option>
          {businesses.data?.items.map((business) => (
            <option key={business.id} value={business.id}>
              {business.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="button"
        disabled={!chosen || chosen === current?.id || choose.isPending}
      >
        Use this business
      </button>
    </form>
  );
}
