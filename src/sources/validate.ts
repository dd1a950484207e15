import { Dataset } from '../domain/dataset.ts';
import { DatasetLoadError } from './errors.ts';

/** Parses a response body as the dataset document, or says exactly what is wrong. */
export function parseDatasetBody(body: string, url: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new DatasetLoadError('not-json', `The data at ${url} is not valid JSON.`, { url });
  }
  const result = Dataset.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(document)',
      message: issue.message,
    }));
    throw new DatasetLoadError('schema', `The data at ${url} does not match the dataset format.`, { url, problems });
  }
  return result.data;
}
