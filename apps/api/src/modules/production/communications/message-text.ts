import { MESSAGE_VARIABLE_NAMES, type MessageVariable, PROJECT_VARIABLES } from '@factoryops/contracts';
import { Liquid } from 'liquidjs';
import { ValidationError } from '../../../common/domain-errors.js';

/**
 * Message templates are Liquid (LiquidJS): `{{client_name}}` as the seed wrote them, and filters where a
 * shop wants them (`{{ due_date | date: "%-d %B %Y" }}`). Liquid is made for text written by users: it
 * runs no code of theirs, and LiquidJS lists the variables a template reads without rendering it, so an
 * unknown one is refused when saved. No file is ever read (`include` and `render` find nothing), and a
 * template's work is bounded. Dates are `YYYY-MM-DD` and formatted as such (UTC, so a day stays that day).
 */
const liquid = new Liquid({
  strictVariables: true,
  strictFilters: true,
  templates: {},
  timezoneOffset: 0,
  parseLimit: 100_000,
  renderLimit: 1_000,
  memoryLimit: 10_000_000,
});

const KNOWN = new Set<string>(MESSAGE_VARIABLE_NAMES);

/** What a message's variables hold: a value for each, `null` where the client or project has none. */
export type MessageValues = Record<MessageVariable, string | null>;

/** A message's subject and body, as written (template) or as sent (rendered). */
export interface MessageText {
  subject: string;
  body: string;
}

const refused = (path: keyof MessageText, message: string) => new ValidationError([{ path, message }]);

const PATHS = ['subject', 'body'] as const;

/** A message's subject and body read once as templates: the variables they use, and their rendering. */
export interface ParsedMessage {
  /** The variables the text uses, in order of first use. */
  variables: MessageVariable[];
  /**
   * The text with its variables filled in for a client, and a project when `values` has one; a message
   * that names a project's variable without a project is refused (400 on `projectId`). The subject is one
   * line.
   */
  render(values: MessageValues, hasProject: boolean): MessageText;
}

/**
 * Reads `text` as templates; a 400 naming the field for a template Liquid cannot read, or for a variable
 * that is not one of MESSAGE_VARIABLES.
 */
export function parseMessage(text: MessageText): ParsedMessage {
  const used: string[] = [];
  const templates = {} as Record<keyof MessageText, ReturnType<typeof liquid.parse>>;
  for (const path of PATHS) {
    let names: string[];
    try {
      templates[path] = liquid.parse(text[path]);
      names = liquid.globalVariablesSync(templates[path]);
    } catch (error) {
      throw refused(path, `This text cannot be read as a template: ${(error as Error).message}`);
    }
    const unknown = names.filter((name) => !KNOWN.has(name));
    if (unknown.length > 0)
      throw refused(
        path,
        `Unknown variable${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `{{${name}}}`).join(', ')}: use one of ${MESSAGE_VARIABLE_NAMES.map((name) => `{{${name}}}`).join(', ')}`,
      );
    used.push(...names);
  }
  const variables = [...new Set(used)] as MessageVariable[];
  return {
    variables,
    render(values, hasProject) {
      const needsProject = variables.filter((name) => PROJECT_VARIABLES.includes(name));
      if (needsProject.length > 0 && !hasProject)
        throw new ValidationError([
          {
            path: 'projectId',
            message: `This message uses ${needsProject.map((name) => `{{${name}}}`).join(', ')}: choose the project it is about`,
          },
        ]);
      const scope = Object.fromEntries(MESSAGE_VARIABLE_NAMES.map((name) => [name, values[name] ?? '']));
      const render = (path: keyof MessageText) => {
        try {
          return liquid.renderSync(templates[path], scope) as string;
        } catch (error) {
          throw refused(path, `This text cannot be filled in: ${(error as Error).message}`);
        }
      };
      return { subject: render('subject').replace(/\s+/g, ' ').trim(), body: render('body').trim() };
    },
  };
}

/** The variables `text` uses, in order of first use (see parseMessage for what is refused). */
export const variablesOf = (text: MessageText): MessageVariable[] => parseMessage(text).variables;

/** `text` filled in for a client (and project): parseMessage, then its render. */
export const renderMessage = (text: MessageText, values: MessageValues, hasProject: boolean): MessageText =>
  parseMessage(text).render(values, hasProject);
