import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, serialize, type DslNodeData } from '../../dsl';
import { fixturesDir } from '../../test-support/corpus';
import { listOf, recordOf } from '../node-spec';
import { humanInputSpec } from './spec';
import { breakFixture } from '../../test-support/node-fixtures';

// The corpus holds no human-input node (the type is new in DSL 0.6.0), so the schema is checked
// on our fixture (workflow-triggers-human-input.yml) and on hand-made data only.

const workflow = { appMode: 'workflow' as const };

describe('human-input in the fixture', () => {
  it('parses workflow-triggers-human-input.yml with no warning and re-exports it byte for byte', () => {
    const text = readFileSync(join(fixturesDir, 'workflow-triggers-human-input.yml'), 'utf8');
    const result = parse(text);
    expect(result.ok && result.warnings).toEqual([]);
    if (result.ok) expect(serialize(result.document, { format: result.format })).toBe(text);
  });

  it('reports an action without an id at its full path', () => {
    const { prefix, errors } = breakFixture('workflow-triggers-human-input.yml', 'human-input', (d) => { delete recordOf(listOf(d.user_actions)[1]).id; });
    expect(errors.find((e) => e.path === `${prefix}.user_actions[1].id`)?.message)
      .toMatch(/human-input node "Editor review" \(id \d+\): is required \(expected text\)/);
  });

  it('reports a timeout unit Dify does not know', () => {
    const { prefix, errors } = breakFixture('workflow-triggers-human-input.yml', 'human-input', (d) => { d.timeout_unit = 'week'; });
    expect(errors.find((e) => e.path === `${prefix}.timeout_unit`)?.message).toMatch(/must be one of "hour", "day"; got the text "week"/);
  });
});

describe('human-input spec', () => {
  const form = (extra: Record<string, unknown>): DslNodeData => ({
    type: 'human-input',
    delivery_methods: [{ id: 'm1', type: 'webapp', enabled: true }, { id: 'm2', type: 'email', enabled: false, config: { body: '{{#9.secret#}} {{#url#}}' } }],
    form_content: 'Draft: {{#1.draft#}}\n{{#$output.comment#}}',
    inputs: [{ type: 'paragraph', output_variable_name: 'comment', default: { type: 'variable', selector: ['2', 'summary'] } }],
    user_actions: [{ id: 'approve', title: 'Approve' }, { id: 'reject', title: 'Reject' }],
    ...extra,
  });

  it('has one source handle per action, then the timeout branch', () => {
    expect(humanInputSpec.sourceHandles(form({}))).toEqual([
      { id: 'approve', label: 'Approve' }, { id: 'reject', label: 'Reject' }, { id: '__timeout', label: 'Timeout' },
    ]);
    expect(humanInputSpec.sourceHandles({ type: 'human-input' })).toEqual([{ id: '__timeout', label: 'Timeout' }]);
  });

  it('outputs each form input, the chosen action and the rendered form', () => {
    expect(humanInputSpec.outputs(form({}), workflow)).toEqual([
      { variable: 'comment', type: 'string' }, { variable: '__action_id', type: 'string' }, { variable: '__rendered_content', type: 'string' },
    ]);
  });

  it('checks delivery methods and actions', () => {
    expect(humanInputSpec.check(form({}), workflow)).toBeUndefined();
    expect(humanInputSpec.check(form({ delivery_methods: [] }), workflow)).toBe('Add at least one delivery method');
    expect(humanInputSpec.check(form({ delivery_methods: [{ type: 'webapp', enabled: false }] }), workflow)).toBe('Enable at least one delivery method');
    expect(humanInputSpec.check(form({ user_actions: [] }), workflow)).toBe('Add at least one user action');
    expect(humanInputSpec.check(form({ user_actions: [{ id: 'a', title: 'A' }, { id: '', title: 'B' }] }), workflow)).toBe('User action 2 has no ID');
    expect(humanInputSpec.check(form({ user_actions: [{ id: 'a', title: 'A' }, { id: 'a', title: 'B' }] }), workflow)).toBe('User action ID a is used more than once');
    expect(humanInputSpec.check(form({ user_actions: [{ id: 'a' }] }), workflow)).toBe('User action a has no title');
    const fresh = { type: 'human-input', title: 'Human Input', ...humanInputSpec.defaults(workflow) };
    expect(humanInputSpec.schema.safeParse(fresh).success).toBe(true);
    expect(humanInputSpec.check(fresh, workflow)).toBe('Add at least one delivery method');
  });

  it('reads the form references and variable defaults, and e-mail bodies only when enabled', () => {
    expect(humanInputSpec.usedSelectors(form({}))).toEqual([['1', 'draft'], ['2', 'summary']]);
    const emailOn = form({ delivery_methods: [{ type: 'email', enabled: true, config: { body: 'See {{#9.secret#}}' } }] });
    expect(humanInputSpec.usedSelectors(emailOn)).toContainEqual(['9', 'secret']);
  });

  it('pauses for a person, so it needs a server to run', () => {
    expect([humanInputSpec.runsLocally, humanInputSpec.errorStrategy, humanInputSpec.hasTargetHandle]).toEqual([false, false, true]);
  });
});
