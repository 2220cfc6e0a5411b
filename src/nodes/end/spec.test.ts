import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, serialize, type DslNodeData } from '../../dsl';
import { fixturesDir, hasCorpus } from '../../test-support/corpus';
import { listOf, recordOf } from '../node-spec';
import { endSpec } from './spec';
import { corpusNodes } from '../../test-support/node-fixtures';

const workflow = { appMode: 'workflow' as const };

describe.skipIf(!hasCorpus)('end schema on the corpus', () => {
  it('accepts every real end node', () => {
    const nodes = corpusNodes('end');
    expect(nodes.length).toBeGreaterThan(50);
    expect(nodes.filter((n) => !endSpec.schema.safeParse(n.data).success).map((n) => n.file)).toEqual([]);
  });
});

describe('end in the fixtures', () => {
  const text = readFileSync(join(fixturesDir, 'workflow-llm-end.yml'), 'utf8');

  it('parses workflow-llm-end.yml with no warning', () => {
    const result = parse(text);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('reports an output selector that is not a list, with its full path', () => {
    const first = parse(text);
    if (!first.ok) throw new Error('fixture does not parse');
    const index = first.document.workflow.graph.nodes.findIndex((n) => n.data.type === 'end');
    recordOf(listOf(first.document.workflow.graph.nodes[index]!.data.outputs)[0]).value_selector = 'llm.text';
    const result = parse(serialize(first.document));
    const error = !result.ok ? result.errors.find((e) => e.path === `workflow.graph.nodes[${index}].data.outputs[0].value_selector`) : undefined;
    expect(error?.message).toMatch(/expected a list, got the text "llm.text"/);
  });
});

describe('end spec', () => {
  const end = (outputs: unknown): DslNodeData => ({ type: 'end', outputs });

  it('needs at least one output, each named and bound', () => {
    expect(endSpec.check(end([]), workflow)).toBe('Add at least one output variable');
    expect(endSpec.check({ type: 'end' }, workflow)).toBe('Add at least one output variable');
    expect(endSpec.check(end([{ variable: 'a', value_selector: ['1', 'x'] }, { variable: '', value_selector: ['1', 'y'] }]), workflow))
      .toBe('Output variable 2 has no name');
    expect(endSpec.check(end([{ variable: 'answer', value_selector: [] }]), workflow)).toBe('Output variable answer has no value selected');
    expect(endSpec.check(end([{ variable: 'answer', value_selector: ['1', 'x'] }]), workflow)).toBeUndefined();
  });

  it('reads the output selectors, skipping unset ones', () => {
    expect(endSpec.usedSelectors(end([{ variable: 'a', value_selector: ['1', 'x', 'y'] }, { variable: 'b', value_selector: [] }, 'junk'])))
      .toEqual([['1', 'x', 'y']]);
  });

  it('is a workflow-only sink with no outputs and no source handle', () => {
    expect(endSpec.sourceHandles(end([]))).toEqual([]);
    expect(endSpec.hasTargetHandle).toBe(true);
    expect(endSpec.outputs(end([{ variable: 'a' }]), workflow)).toEqual([]);
    expect(endSpec.appModes).toEqual(['workflow']);
    expect(endSpec.schema.safeParse({ type: 'end', title: 'Output', ...endSpec.defaults(workflow) }).success).toBe(true);
  });
});
