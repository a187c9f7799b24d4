import type { Project } from '@factoryops/contracts';
import { describe, expect, it } from 'vitest';
import { projectFormValues, projectInput } from './project-form-values';

const project: Project = {
  id: '0b3f0b3e-6c9a-4e43-9a0c-4c1b9a3f7e10',
  code: 'JB-2026-05-CL0001-001',
  clientId: '6f1c1f0e-8c1e-4a4e-9a51-0f5a5d8f2b11',
  clientCode: 'CL-0001',
  clientName: 'Acme Signs',
  name: 'Shop sign letters',
  description: 'Brushed finish',
  status: 'Quote & Approval',
  onHold: false,
  quoteDate: '2026-05-04',
  approvalDate: null,
  dueDate: '2026-05-20',
  completionDate: null,
  quotedPrice: '1250.00',
  finalPrice: null,
  materialType: 'Stainless steel',
  materialThickness: '1.50',
  sheets: 3,
  parts: 0,
  estimatedCutMinutes: 95,
  drawingMinutes: null,
  bins: null,
  scheduledCutDate: null,
  popReceived: false,
  popReceivedOn: null,
  popDeadline: null,
  clientNotified: true,
  clientNotifiedAt: '2026-05-04T09:00:00.000Z',
  overdue: false,
  createdAt: '2026-05-04T08:00:00.000Z',
  updatedAt: '2026-05-04T09:00:00.000Z',
  version: 4,
};

describe('the project form', () => {
  it('shows a project as typed text, none as empty, and saves it back unchanged', () => {
    const values = projectFormValues(project);
    expect(values).toMatchObject({
      quotedPrice: '1250.00',
      finalPrice: '',
      materialThickness: '1.50',
      sheets: '3',
      parts: '0',
      drawingMinutes: '',
      dueDate: '2026-05-20',
      approvalDate: '',
      clientNotified: true,
    });
    expect(projectInput(values)).toEqual({
      name: 'Shop sign letters',
      description: 'Brushed finish',
      materialType: 'Stainless steel',
      onHold: false,
      clientNotified: true,
      quoteDate: '2026-05-04',
      approvalDate: null,
      dueDate: '2026-05-20',
      scheduledCutDate: null,
      quotedPrice: '1250.00',
      finalPrice: null,
      materialThickness: '1.50',
      sheets: 3,
      parts: 0,
      estimatedCutMinutes: 95,
      drawingMinutes: null,
      bins: null,
    });
  });

  it('starts a new project empty', () => {
    const input = projectInput(projectFormValues());
    expect(input.quotedPrice).toBeNull();
    expect(input.sheets).toBeNull();
    expect(input.onHold).toBe(false);
  });

  it('sends prices as decimal strings (never floats) and clears what was emptied', () => {
    const input = projectInput({
      ...projectFormValues(project),
      finalPrice: '1249,90',
      quotedPrice: '',
      estimatedCutMinutes: '',
    });
    expect(input.finalPrice).toBe('1249.90');
    expect(input.quotedPrice).toBeNull();
    expect(input.estimatedCutMinutes).toBeNull();
  });
});
