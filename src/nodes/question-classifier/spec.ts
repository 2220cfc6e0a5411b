import { questionClassifierData } from '../../dsl/node-data/question-classifier';
import { templateSelectors } from '../../dsl/template-refs';
import { listOf, recordOf, selectorOf, textOf, type NodeSpec } from '../node-spec';
import { visionProblem } from '../vision';

export const questionClassifierSpec: NodeSpec = {
  type: 'question-classifier',
  title: 'Question Classifier',
  classification: 'question-understand',
  sort: 1,
  flowType: 'custom',
  schema: questionClassifierData,
  defaults: () => ({
    query_variable_selector: [],
    model: { provider: '', name: '', mode: 'chat', completion_params: { temperature: 0.7 } },
    classes: [{ id: '1', name: '' }, { id: '2', name: '' }],
    vision: { enabled: false },
  }),
  outputs: () => [
    { variable: 'class_name', type: 'string' },
    { variable: 'usage', type: 'object' },
  ],
  /** One handle per class, its id the class id (edges keep pointing at it). */
  sourceHandles: (data) => listOf(data.classes).map(recordOf).filter((c) => typeof c.id === 'string' && c.id)
    .map((c, i) => ({ id: textOf(c.id), label: textOf(c.name) || `Class ${i + 1}` })),
  hasTargetHandle: true,
  check(data) {
    if (selectorOf(data.query_variable_selector).length === 0) return 'Input variable is required';
    if (!textOf(recordOf(data.model).provider)) return 'Model provider is required';
    const classes = listOf(data.classes).map(recordOf);
    if (classes.length === 0) return 'Add at least one class';
    const unnamed = classes.findIndex((c) => !textOf(c.name).trim());
    if (unnamed >= 0) return `Class ${unnamed + 1} has no name`;
    return visionProblem(data.vision);
  },
  usedSelectors(data) {
    const out = [selectorOf(data.query_variable_selector), ...templateSelectors(data.instruction)];
    for (const c of listOf(data.classes)) out.push(...templateSelectors(recordOf(c).name));
    return out.filter((s) => s.length > 0);
  },
  errorStrategy: false,
  retry: false,
  runsLocally: true,
};
