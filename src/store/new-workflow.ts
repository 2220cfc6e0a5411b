/**
 * The document a new, empty workflow app starts with: one User Input (start) node where Dify
 * puts it (dify-dsl.md 3.6, 6.13), Dify's default features and empty variable lists.
 */
import { CURRENT_DSL_VERSION, type DslDocument, type DslNode } from '../dsl';

export const START_INITIAL_POSITION = { x: 80, y: 282 } as const;
export const NEW_WORKFLOW_NAME = 'Untitled workflow';

export function newStartNode(id: string): DslNode {
  return {
    id,
    type: 'custom',
    position: { ...START_INITIAL_POSITION },
    sourcePosition: 'right',
    targetPosition: 'left',
    data: { type: 'start', title: 'User Input', desc: '', variables: [] },
  };
}

/** `now` makes the start node id (Dify ids are `Date.now()` strings); pass it in tests. */
export function newWorkflow(now: number = Date.now()): DslDocument {
  return {
    version: CURRENT_DSL_VERSION,
    kind: 'app',
    app: {
      name: NEW_WORKFLOW_NAME,
      mode: 'workflow',
      icon: '🤖',
      icon_type: 'emoji',
      icon_background: '#FFEAD5',
      description: '',
      use_icon_as_answer_icon: false,
    },
    dependencies: [],
    workflow: {
      graph: {
        nodes: [newStartNode(String(now))],
        edges: [],
        viewport: { x: 0, y: 0, zoom: 0.7 },
      },
      features: { retriever_resource: { enabled: true } },
      environment_variables: [],
      conversation_variables: [],
      rag_pipeline_variables: [],
    },
  };
}
