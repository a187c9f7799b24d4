import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';

const INSTRUCTIONS =
  'You rewrite environmental-monitoring summaries for a quality manager. Keep every figure, sensor ' +
  'name, date and unit exactly as given; add nothing that is not in the text; at most 120 words; plain prose.';
const REMEMBERED = 100;

/**
 * Rewrites the analytics summary through an OpenAI-compatible chat-completions endpoint when
 * `SUMMARY_LLM_URL` is set. Optional by design: without one, or when it fails or is slow, the
 * page keeps the summary written from the figures.
 */
@Injectable()
export class SummaryRewriter {
  private readonly logger = new Logger('SummaryRewriter');
  private readonly remembered = new Map<string, string>();

  constructor(private readonly config: AppConfig) {}

  async rewrite(text: string): Promise<string | null> {
    const {
      SUMMARY_LLM_URL: baseUrl,
      SUMMARY_LLM_API_KEY: apiKey,
      SUMMARY_LLM_MODEL: model,
    } = this.config.env;
    if (!baseUrl) return null;
    const known = this.remembered.get(text);
    if (known !== undefined) return known;
    try {
      const response = await fetch(`${baseUrl.replace(/\/$/, '')}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        },
        body: JSON.stringify({
          model,
          temperature: 0.2,
          messages: [
            { role: 'system', content: INSTRUCTIONS },
            { role: 'user', content: text },
          ],
        }),
        signal: AbortSignal.timeout(this.config.env.SUMMARY_LLM_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
      const content = body.choices?.[0]?.message?.content;
      if (typeof content !== 'string' || content.trim() === '') throw new Error('no text in the answer');
      const rewritten = content.trim();
      if (this.remembered.size >= REMEMBERED) this.remembered.clear();
      this.remembered.set(text, rewritten);
      return rewritten;
    } catch (error) {
      this.logger.warn(`The summary was not rewritten: ${(error as Error).message}`);
      return null;
    }
  }
}
