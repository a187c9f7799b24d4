import {
  SOFTWARE_CATEGORIES,
  SOFTWARE_CATEGORY_LABELS,
  type SoftwareCategory,
  type SoftwareDetail,
} from '@factoryops/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorBanner, fieldErrorsOf, formLevelError } from '../../components/error-banner';
import { FormActions } from '../../components/form-actions';
import { saveRecord } from '../production/save-record';
import { typedFields } from '../production/typed-fields';
import { useCreateSoftware, useUpdateSoftware } from './queries';

const FIELDS = [
  'name',
  'category',
  'vendor',
  'platform',
  'licence',
  'repositoryUrl',
  'documentationUrl',
  'description',
  'active',
];

/** Adds software to the catalogue or edits it with the version seen. */
export function SoftwareForm({ software, onDone }: { software?: SoftwareDetail; onDone(id?: string): void }) {
  const create = useCreateSoftware();
  const update = useUpdateSoftware();
  const [values, setValues] = useState(() => ({
    name: software?.name ?? '',
    category: software?.category ?? ('firmware' as SoftwareCategory),
    vendor: software?.vendor ?? '',
    platform: software?.platform ?? '',
    licence: software?.licence ?? '',
    repositoryUrl: software?.repositoryUrl ?? '',
    documentationUrl: software?.documentationUrl ?? '',
    description: software?.description ?? '',
    active: software?.active ?? true,
  }));
  const saving = software ? update : create;
  const { text, longText, choice, check } = typedFields(values, setValues, fieldErrorsOf(saving.error));

  function submit(event: FormEvent) {
    event.preventDefault();
    saveRecord(software, values, create, update, onDone);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorBanner error={formLevelError(saving.error, FIELDS)} />
      <div className="form__row">
        {text('name', 'Name', { placeholder: 'Mask Tester Firmware' })}
        {choice(
          'category',
          'Category',
          SOFTWARE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {SOFTWARE_CATEGORY_LABELS[category]}
            </option>
          )),
        )}
      </div>
      <div className="form__row">
        {text('vendor', 'Vendor')}
        {text('platform', 'Platform', { placeholder: 'ARM Cortex-M4' })}
        {text('licence', 'Licence', { placeholder: 'Proprietary' })}
      </div>
      <div className="form__row">
        {text('repositoryUrl', 'Repository', { type: 'url', placeholder: 'https://' })}
        {text('documentationUrl', 'Documentation', { type: 'url', placeholder: 'https://' })}
      </div>
      {longText('description', 'Description')}
      {check('active', 'Active (offered for installation)')}
      <FormActions
        submitLabel={software ? 'Save changes' : 'Add software'}
        pending={saving.isPending}
        onCancel={() => onDone()}
      />
    </form>
  );
}
