import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { METHOD_FIGURES } from '../../src/domain/methodFigures.ts';
import { facetAgreement } from './agreement.ts';
import { asksAgreement } from './asksPasses.ts';
import { annotatorFinal } from './facets.ts';
import { ANNOTATIONS_DIR } from './paths.ts';
import { responseAgreement } from './responses.ts';
import facets from '../annotations/facets.json' with { type: 'json' };

const round = (value: number) => Math.round(value * 100) / 100;

describe('the agreement figures the About page quotes are the passes’ own', () => {
  test('facets, asks, urgency and the response, recomputed', () => {
    const dir = join(ANNOTATIONS_DIR, 'passes');
    const pass = (letter: 'a' | 'b') => ({ annotator: letter, recommendations: annotatorFinal(dir, letter) });
    const kappa = (facet: 'levers' | 'industries') => round(facetAgreement(pass('a'), pass('b'), facet, facets[facet].map((v) => v.id)).kappa);
    const asks = asksAgreement(ANNOTATIONS_DIR);
    const response = responseAgreement(ANNOTATIONS_DIR);
    expect({
      levers: kappa('levers'),
      industries: kappa('industries'),
      asksWithoutNumber: round(asks.presenceKappa),
      urgency: round(asks.urgency.kappa),
      response: { agree: response.agree, of: response.recommendations, kappa: round(response.kappa) },
    }).toEqual(METHOD_FIGURES);
  });
});
