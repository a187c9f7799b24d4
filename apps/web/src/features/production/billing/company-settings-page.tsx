import './billing.css';
import type { CompanySettings } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../../components/error-banner';
import { PageHeader } from '../../../components/page-header';
import { useProductionAccess } from '../access';
import { typedFields } from '../typed-fields';
import { companySettingsApi } from './api';
import { companySettingsQuery, useRemoveLogo, useUpdateCompanySettings, useUploadLogo } from './queries';

const FIELDS = ['companyName', 'address', 'email', 'phone', 'vatNumber', 'bankDetails'];

const valuesOf = (settings: CompanySettings) => ({
  companyName: settings.companyName,
  address: settings.address,
  email: settings.email,
  phone: settings.phone,
  vatNumber: settings.vatNumber,
  bankDetails: settings.bankDetails,
});

/** The logo as stored, fetched with the session (an <img> could not send the token). */
function useLogoUrl(sha256: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!sha256) {
      setUrl(null);
      return;
    }
    let objectUrl: string | null = null;
    let live = true;
    companySettingsApi.logo().then((blob) => {
      if (!live) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    });
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [sha256]);
  return url;
}

/** What quotes and invoices print about the shop: name, address, contact, VAT number, bank details, logo. */
export function CompanySettingsPage() {
  const access = useProductionAccess();
  const settings = useQuery(companySettingsQuery);
  const update = useUpdateCompanySettings();
  const upload = useUploadLogo();
  const removeLogo = useRemoveLogo();
  const [values, setValues] = useState<ReturnType<typeof valuesOf> | null>(null);
  const logoUrl = useLogoUrl(settings.data?.logoSha256 ?? null);
  useEffect(() => {
    if (settings.data) setValues((current) => current ?? valuesOf(settings.data));
  }, [settings.data]);

  if (!settings.data || !values)
    return (
      <>
        <PageHeader title="Company details" />
        {settings.isPending ? <p className="muted">Loading…</p> : <ErrorBanner error={settings.error} />}
      </>
    );
  const shown = settings.data;
  const { text, longText } = typedFields(values, setValues as never, fieldErrorsOf(update.error));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { ...values, version: shown.version },
      { onSuccess: (saved) => setValues(valuesOf(saved)) },
    );
  };

  return (
    <>
      <PageHeader
        title="Company details"
        description="Printed on every quote and invoice: the company block, the VAT number and where to pay."
      />
      <form className="form settings-form" onSubmit={submit} noValidate>
        <fieldset disabled={!access.billing}>
          <ErrorBanner error={formLevelError(update.error, FIELDS)} />
          {text('companyName', 'Company name')}
          {longText('address', 'Address')}
          <div className="form__row">
            {text('email', 'Email', { type: 'email' })}
            {text('phone', 'Phone')}
            {text('vatNumber', 'VAT number')}
          </div>
          {longText('bankDetails', 'Bank details (printed as payment details)')}
          {access.billing ? (
            <div className="form__actions">
              {update.isSuccess ? <span className="muted">Saved.</span> : null}
              <button type="submit" className="button button--primary" disabled={update.isPending}>
                Save details
              </button>
            </div>
          ) : null}
        </fieldset>
      </form>
      <section className="stack settings-form" aria-label="Logo">
        <h2 className="details-title">Logo</h2>
        {logoUrl ? (
          <img className="company-logo" src={logoUrl} alt="Company logo" />
        ) : (
          <p className="muted">No logo yet.</p>
        )}
        <ErrorBanner error={upload.error ?? removeLogo.error} />
        {access.billing ? (
          <div className="form__actions form__actions--start">
            <label className="button">
              {shown.logoSha256 ? 'Replace logo' : 'Upload logo'}
              <input
                type="file"
                accept="image/png,image/jpeg"
                className="visually-hidden"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) upload.mutate(file);
                  e.target.value = '';
                }}
              />
            </label>
            {shown.logoSha256 ? (
              <button type="button" className="button button--ghost" onClick={() => removeLogo.mutate()}>
                Remove logo
              </button>
            ) : null}
            <span className="muted small">PNG or JPEG, up to 5 MB; kept at most 800 px wide.</span>
          </div>
        ) : null}
      </section>
    </>
  );
}
