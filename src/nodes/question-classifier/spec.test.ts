import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DslNodeData } from '../../dsl';
import { fixturesDir, hasCorpus } from '../../test-support/corpus';
import { listOf, recordOf } from '../node-spec';
import { questionClassifierSpec } from './spec';
import { breakFixture, corpusNodes } from '../../test-support/node-fixtures';

const chat = { appMode: 'advanced-chat' as const };

describe.skipIf(!hasCorpus)('question-classifier schema on the corpus', () => {
  it('accepts every real question-classifier node (legacy instructions/topics included)', () => {
    const nodes = corpusNodes('question-classifier');
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => !questionClassifierSpec.schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
  });
});

describe('question-classifier in the fixture', () => {
  it('parses chatflow-all-blocks.yml', () => {
    expect(parse(readFileSync(join(fixturesDir, 'chatflow-all-blocks.yml'), 'utf8')).ok).toBe(true);
  });

  it('reports a class without an id at its full path', () => {
    const { prefix, errors } = breakFixture('chatflow-all-blocks.yml', 'question-classifier', (d) => { delete recordOf(listOf(d.classes)[0]).id; });
    expect(errors.find((e) => e.path === `${prefix}.classes[0].id`)?.message)
      .toMatch(/question-classifier node "Question Classifier" \(id \d+\): is required \(expected text\)/);
  });

  it('reports classes that are not a list', () => {
    const { prefix, errors } = breakFixture('chatflow-all-blocks.yml', 'question-classifier', (d) => { d.classes = { a: 1 }; });
    expect(errors.find((e) => e.path === `${prefix}.classes`)?.message).toMatch(/expected a list, got a mapping/);
  });
});

describe('question-classifier spec', () => {
  const qc = (extra: Record<string, unknown>): DslNodeData => ({
    type: 'question-classifier', query_variable_selector: ['sys', 'query'], model: { provider: 'p', name: 'm', mode: 'chat' },
    classes: [{ id: '1', name: 'Sales' }, { id: 'a9f3', name: 'Support about {{#5.product#}}' }], ...extra,
  });

  it('has one source handle per class, keyed by class id', () => {
    expect(questionClassifierSpec.sourceHandles(qc({}))).toEqual([{ id: '1', label: 'Sales' }, { id: 'a9f3', label: 'Support about {{#5.product#}}' }]);
    expect(questionClassifierSpec.sourceHandles(qc({ classes: [{ id: '7', name: '' }, { name: 'no id' }] }))).toEqual([{ id: '7', label: 'Class 1' }]);
  });

  it('checks input, model, classes, class names and vision in that order', () => {
    expect(questionClassifierSpec.check(qc({ query_variable_selector: [] }), chat)).toBe('Input variable is required');
    expect(questionClassifierSpec.check(qc({ model: {} }), chat)).toBe('Model provider is required');
    expect(questionClassifierSpec.check(qc({ classes: [] }), chat)).toBe('Add at least one class');
    expect(questionClassifierSpec.check(qc({ classes: [{ id: '1', name: 'A' }, { id: '2', name: ' ' }] }), chat)).toBe('Class 2 has no name');
    expect(questionClassifierSpec.check(qc({ vision: { enabled: true } }), chat)).toBe('Vision is enabled but no vision variable is selected');
    expect(questionClassifierSpec.check(qc({}), chat)).toBeUndefined();
  });

  it('reads the query, the instruction and the class names', () => {
    expect(questionClassifierSpec.usedSelectors(qc({ instruction: 'Tone: {{#env.TONE#}}' }))).toEqual([['sys', 'query'], ['env', 'TONE'], ['5', 'product']]);
  });

  it('outputs class_name and usage; a new node has two empty classes', () => {
    expect(questionClassifierSpec.outputs(qc({}), chat)).toEqual([{ variable: 'class_name', type: 'string' }, { variable: 'usage', type: 'object' }]);
    const data = { type: 'question-classifier', title: 'Question Classifier', ...questionClassifierSpec.defaults(chat) };
    expect(questionClassifierSpec.schema.safeParse(data).success).toBe(true);
    expect(questionClassifierSpec.sourceHandles(data).map((h) => h.id)).toEqual(['1', '2']);
  });
});
