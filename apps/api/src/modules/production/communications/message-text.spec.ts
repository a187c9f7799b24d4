import { describe, expect, it } from '@jest/globals';
import { MESSAGE_VARIABLE_NAMES } from '@factoryops/contracts';
import { ValidationError } from '../../../common/domain-errors.js';
import { type MessageValues, renderMessage, variablesOf } from './message-text.js';

const values = {
  ...Object.fromEntries(MESSAGE_VARIABLE_NAMES.map((name) => [name, null])),
  client_name: 'ABC Manufacturing',
  project_code: 'JB-2025-10-CL0001-001',
  due_date: '2025-10-31',
} as MessageValues;

const fieldErrors = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.errors;
    throw error;
  }
  throw new Error('not refused');
};

describe('message text', () => {
  it('lists the variables used in order, each once, across subject and body', () => {
    expect(
      variablesOf({
        subject: '{{project_code}} for {{client_name}}',
        body: '{{client_name}}, due {{due_date}}',
      }),
    ).toEqual(['project_code', 'client_name', 'due_date']);
  });

  it('refuses unknown variables by name, and text Liquid cannot read, on its field', () => {
    expect(fieldErrors(() => variablesOf({ subject: 'Hi', body: '{{client}} {{job}}' }))).toEqual([
      {
        path: 'body',
        message: expect.stringMatching(/^Unknown variables \{\{client\}\}, \{\{job\}\}: use one of/),
      },
    ]);
    expect(fieldErrors(() => variablesOf({ subject: '{% if %}', body: '' }))[0].path).toBe('subject');
  });

  it('fills in values, empty where there is none, with filters, and keeps the subject on one line', () => {
    expect(
      renderMessage(
        {
          subject: 'Job {{project_code}}\n ready',
          body: 'Dear {{client_name}},\ndue {{ due_date | date: "%-d %B %Y" }}.{{pop_deadline}}\n',
        },
        values,
        true,
      ),
    ).toEqual({
      subject: 'Job JB-2025-10-CL0001-001 ready',
      body: 'Dear ABC Manufacturing,\ndue 31 October 2025.',
    });
  });

  it("asks for a project when a project's variable is used without one", () => {
    expect(fieldErrors(() => renderMessage({ subject: 'Hi', body: '{{due_date}}' }, values, false))).toEqual([
      { path: 'projectId', message: 'This message uses {{due_date}}: choose the project it is about' },
    ]);
  });

  it('reads no file and bounds the work a template may ask for', () => {
    expect(
      fieldErrors(() => renderMessage({ subject: 'x', body: '{% include "/etc/passwd" %}' }, values, true))[0]
        .path,
    ).toBe('body');
    expect(
      fieldErrors(() =>
        renderMessage(
          { subject: 'x', body: '{% for i in (1..100000000) %}xxxxxxxx{% endfor %}' },
          values,
          true,
        ),
      )[0].message,
    ).toContain('limit');
  });
});
