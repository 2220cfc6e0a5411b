/** DSL files for e2e: our fixtures always, and real corpus files when ../shared/corpus is there. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

const root = resolve(import.meta.dirname, '..');
export const fixturesDir = join(root, 'src/fixtures');
export const corpusDir = resolve(root, '../shared/corpus/dsl');
export const hasCorpus = existsSync(corpusDir);

/** Ten corpus files chosen for variety: containers, branches, notes, chatflows, old versions. */
export const VARIED_CORPUS = [
  'CplSafe__dify__api_tests_fixtures_workflow_array_iteration_formatting_workflow.yml',
  'CplSafe__dify__api_tests_fixtures_workflow_conditional_parallel_code_execution_workflow.yml',
  'CplSafe__dify__api_tests_fixtures_workflow_dual_switch_variable_aggregator_workflow.yml',
  'svcvit__Awesome-Dify-Workflow__DSL_Deep_Researcher_On_Dify.yml',
  'svcvit__Awesome-Dify-Workflow__DSL_Text_to_Card_Iteration.yml',
  'zgldh__dify-gitlab-mr-reviewer__dify-workflow-en.yml',
  'wwwzhouhui__dify-for-dsl__dsl_chatflow-c8479f71.yml',
  'Yuta-95__dify-dsl-templates__templates_line-concierge_line-daigen-v1.0.0.yml',
  'langgenius__graphon__examples_chatflow_dsl_runner_chatflow_dsl_agent.yml',
  'svcvit__Awesome-Dify-Workflow__DSL_translation_workflow.yml',
];

export interface DslFile {
  name: string;
  path: string;
  text: string;
}

export function fixtureFiles(): DslFile[] {
  return readdirSync(fixturesDir).filter((f) => f.endsWith('.yml')).sort().map((name) => ({ name, path: join(fixturesDir, name), text: readFileSync(join(fixturesDir, name), 'utf8') }));
}

export function variedCorpusFiles(): DslFile[] {
  if (!hasCorpus) return [];
  return VARIED_CORPUS.filter((n) => existsSync(join(corpusDir, n))).map((name) => ({ name, path: join(corpusDir, name), text: readFileSync(join(corpusDir, name), 'utf8') }));
}

/** The data of a DSL file as PyYAML would read it, close enough for deep-equality checks. */
export function yamlData(text: string): unknown {
  return parseYaml(text, { version: '1.1', uniqueKeys: false });
}

export function nodeIds(text: string): { id: string; parentId?: string }[] {
  const data = yamlData(text) as { workflow: { graph: { nodes: { id: string; parentId?: string }[] } } };
  return data.workflow.graph.nodes.map((n) => ({ id: n.id, ...(n.parentId ? { parentId: n.parentId } : {}) }));
}
