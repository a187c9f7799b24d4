/** `active` of the preset and operator lists: both ('' ), or only those that are (not) offered on runs. */
export type ActiveChoice = '' | 'true' | 'false';

export function ActiveFilter({
  value,
  onChange,
}: {
  value: ActiveChoice;
  onChange(value: ActiveChoice): void;
}) {
  return (
    <select aria-label="Active" value={value} onChange={(e) => onChange(e.target.value as ActiveChoice)}>
      <option value="">Active and inactive</option>
      <option value="true">Active</option>
      <option value="false">Inactive</option>
    </select>
  );
}
