/**
 * The documents "New workflow" and "New chatflow" start from (dify-dsl.md 6.13). A workflow is
 * the store's new workflow (one User Input node); a chatflow adds Dify's starter chain:
 * start -> LLM (id `llm`, memory window off) -> Answer (id `answer`, `{{#llm.text#}}`), 300 px apart.
 */
import type { DslDocument } from '../dsl';
import { addNode, connect, editNodeData, isRefusal, type CommandResult } from '../store/commands';
import { newWorkflow, START_INITIAL_POSITION } from '../store/new-workflow';

export type AppMode = 'workflow' | 'advanced-chat';

export const NEW_CHATFLOW_NAME = 'Untitled chatflow';
const STEP_X = 300;

function must(result: CommandResult): DslDocument {
  if (isRefusal(result)) throw new Error(`The starter chatflow could not be built: ${result.reason}`);
  return result;
}

export function newChatflow(now: number = Date.now()): DslDocument {
  const base = newWorkflow(now);
  let doc: DslDocument = { ...base, app: { ...base.app, name: NEW_CHATFLOW_NAME, mode: 'advanced-chat' } };
  const startId = doc.workflow.graph.nodes[0]!.id;
  const { x, y } = START_INITIAL_POSITION;
  doc = must(addNode(doc, { type: 'llm', id: 'llm', position: { x: x + STEP_X, y } }));
  doc = must(addNode(doc, { type: 'answer', id: 'answer', position: { x: x + 2 * STEP_X, y } }));
  doc = must(editNodeData(doc, 'llm', { memory: { window: { enabled: false, size: 10 }, query_prompt_template: '{{#sys.query#}}\n\n{{#sys.files#}}' } }));
  doc = must(editNodeData(doc, 'answer', { answer: '{{#llm.text#}}' }));
  doc = must(connect(doc, { source: startId, target: 'llm' }));
  return must(connect(doc, { source: 'llm', target: 'answer' }));
}

export function newApp(mode: AppMode, now: number = Date.now()): DslDocument {
  return mode === 'advanced-chat' ? newChatflow(now) : newWorkflow(now);
}
