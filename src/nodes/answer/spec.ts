import { answerData } from '../../dsl/node-data/answer';
import { templateSelectors } from '../../dsl/template-refs';
import { SOURCE, textOf, type NodeSpec } from '../node-spec';

/** answer (chatflow only). Its outputs (answer, files) are not offered to other nodes (4.4). */
export const answerSpec: NodeSpec = {
  type: 'answer',
  title: 'Answer',
  classification: 'default',
  sort: 2.1,
  flowType: 'custom',
  schema: answerData,
  defaults: () => ({ variables: [], answer: '' }),
  outputs: () => [],
  sourceHandles: () => SOURCE,
  hasTargetHandle: true,
  check: (data) => (textOf(data.answer) ? undefined : 'Answer is required'),
  usedSelectors: (data) => templateSelectors(data.answer),
  errorStrategy: false,
  retry: false,
  appModes: ['advanced-chat'],
  runsLocally: true,
};
