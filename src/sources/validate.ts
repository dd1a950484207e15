import type { z } from 'zod';
import { DatasetLoadError } from './errors.ts';

/** Parses a response body with `schema`, or says exactly what is wrong and where. */
export function parseBody<T>(schema: z.ZodType<T>, body: string, url: string): T {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new DatasetLoadError('not-json', `The data at ${url} is not valid JSON.`, { url });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(document)',
      message: issue.message,
    }));
    throw new DatasetLoadError('schema', `The data at ${url} does not match the expected format.`, { url, problems });
  }
  return result.data;
}
