import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, serialize } from '../../dsl';
import { fixturesDir, hasCorpus } from '../../test-support/corpus';
import { answerSpec } from './spec';
import { corpusNodes } from '../../test-support/node-fixtures';

const chat = { appMode: 'advanced-chat' as const };

describe.skipIf(!hasCorpus)('answer schema on the corpus', () => {
  it('accepts every real answer node', () => {
    const nodes = corpusNodes('answer');
    expect(nodes.length).toBeGreaterThan(200);
    expect(nodes.filter((n) => !answerSpec.schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
  });
});

describe('answer in the fixtures', () => {
  const text = readFileSync(join(fixturesDir, 'chatflow-all-blocks.yml'), 'utf8');

  it('parses chatflow-all-blocks.yml with no warning and re-exports it byte for byte', () => {
    const result = parse(text);
    expect(result.ok && result.warnings).toEqual([]);
    if (result.ok) expect(serialize(result.document, { format: result.format })).toBe(text);
  });

  it('reports an answer that is not text, with its full path', () => {
    const first = parse(text);
    if (!first.ok) throw new Error('fixture does not parse');
    const index = first.document.workflow.graph.nodes.findIndex((n) => n.data.type === 'answer');
    first.document.workflow.graph.nodes[index]!.data.answer = 42;
    const result = parse(serialize(first.document));
    const error = !result.ok ? result.errors.find((e) => e.path === `workflow.graph.nodes[${index}].data.answer`) : undefined;
    expect(error?.message).toMatch(/answer node "Answer" \(id \d+\): expected text, got the number 42/);
  });
});

describe('answer spec', () => {
  it('needs a non-empty answer', () => {
    expect(answerSpec.check({ type: 'answer', answer: '' }, chat)).toBe('Answer is required');
    expect(answerSpec.check({ type: 'answer' }, chat)).toBe('Answer is required');
    expect(answerSpec.check({ type: 'answer', answer: 'Hi {{#1.text#}}' }, chat)).toBeUndefined();
  });

  it('reads the template references', () => {
    expect(answerSpec.usedSelectors({ type: 'answer', answer: '{{#17.text#}} and {{#sys.query#}}, not {{#context#}}' }))
      .toEqual([['17', 'text'], ['sys', 'query']]);
  });

  it('is a chatflow node with both handles and nothing referencable', () => {
    expect(answerSpec.outputs({ type: 'answer', answer: 'x' }, chat)).toEqual([]);
    expect(answerSpec.sourceHandles({ type: 'answer' })).toEqual([{ id: 'source' }]);
    expect(answerSpec.hasTargetHandle).toBe(true);
    expect(answerSpec.appModes).toEqual(['advanced-chat']);
    expect(answerSpec.schema.safeParse({ type: 'answer', title: 'Answer', ...answerSpec.defaults(chat) }).success).toBe(true);
  });
});
