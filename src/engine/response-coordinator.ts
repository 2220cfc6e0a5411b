/**
 * Streams Answer and End templates as their parts become ready (dify-dsl.md 5.7). A response
 * node's session may start once, on some path from the root, every edge leaving a branch,
 * container or response node is taken. One session streams at a time, in FIFO order: literal
 * text goes out at once, an upstream LLM's chunks are forwarded live, other values when their
 * node finishes; a value not ready yet holds back the rest of the template.
 */
import { listOf, recordOf, selectorOf } from '../nodes/node-spec';
import { ENGINE_REF } from '../dsl/template-refs';
import { normalizeSelector, type DslNode, type ValueSelector } from '../dsl';
import { isBranchNode, type GraphScope } from './graph-scope';
import { segmentMarkdown, segmentText } from './segment-text';
import type { VariablePool } from './variable-pool';

type Segment = { text: string } | { selector: ValueSelector };

interface Session {
  nodeId: string;
  segments: Segment[];
  cursor: number;
  markdown: boolean;
  /** Sets of edge indexes; the session may start when all of one set are taken. */
  paths: Set<number>[];
}

const MAX_PATHS = 512;
const MAX_WALK_STEPS = 200_000;
const DECIDING_TYPES = new Set(['iteration', 'loop', 'answer', 'end']);
const SPECIAL = new Set(['sys', 'env', 'conversation']);

function answerSegments(template: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of template.matchAll(ENGINE_REF)) {
    if (m.index > last) out.push({ text: template.slice(last, m.index) });
    out.push({ selector: normalizeSelector(m[1]!.split('.')) });
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}

function endSegments(node: DslNode): Segment[] {
  const out: Segment[] = [];
  listOf(node.data.outputs).map(recordOf).forEach((o, i) => {
    if (i > 0) out.push({ text: '\n' });
    out.push({ selector: normalizeSelector(selectorOf(o.value_selector)) });
  });
  return out;
}

const key = (selector: ValueSelector) => `${selector[0]}.${selector[1]}`;

export class ResponseCoordinator {
  private readonly pending = new Map<string, Session>();
  private readonly queue: Session[] = [];
  private active?: Session;
  private readonly taken = new Set<number>();
  private readonly finished = new Set<string>();
  private readonly skipped = new Set<string>();
  private readonly buffered = new Map<string, string[]>();
  private readonly streamed = new Set<string>();

  constructor(
    private readonly scope: GraphScope,
    root: string,
    private readonly pool: VariablePool,
    private readonly emit: (text: string, fromNodeId?: string) => void,
  ) {
    for (const node of scope.nodes.values()) {
      const type = node.data.type;
      if (type !== 'answer' && type !== 'end') continue;
      const paths = this.pathsTo(root, node.id);
      const segments = type === 'answer' ? answerSegments(typeof node.data.answer === 'string' ? node.data.answer : '') : endSegments(node);
      const session: Session = { nodeId: node.id, segments, cursor: 0, markdown: type === 'answer', paths };
      this.pending.set(node.id, session);
    }
    this.promote();
  }

  /**
   * Edge-index sets of the paths root -> target, keeping only the edges that decide a path.
   * Iterative, with a budget: a huge graph falls back to starting the session when the
   * response node itself finishes.
   */
  private pathsTo(root: string, target: string): Set<number>[] {
    const out: Set<number>[] = [];
    if (!this.scope.nodes.has(root)) return out;
    let budget = MAX_WALK_STEPS;
    const onPath = new Set<string>([root]);
    const stack: { id: string; kept: number[]; next: number }[] = [{ id: root, kept: [], next: 0 }];
    while (stack.length > 0 && out.length < MAX_PATHS && budget-- > 0) {
      const top = stack[stack.length - 1]!;
      if (top.id === target) {
        out.push(new Set(top.kept));
        onPath.delete(top.id);
        stack.pop();
        continue;
      }
      const edges = this.scope.outgoing.get(top.id) ?? [];
      if (top.next >= edges.length) {
        onPath.delete(top.id);
        stack.pop();
        continue;
      }
      const e = edges[top.next++]!;
      if (onPath.has(e.target)) continue;
      const node = this.scope.nodes.get(top.id)!;
      const decides = isBranchNode(node) || DECIDING_TYPES.has(node.data.type);
      onPath.add(e.target);
      stack.push({ id: e.target, kept: decides ? [...top.kept, e.index] : top.kept, next: 0 });
    }
    return out;
  }

  edgeTaken(index: number): void {
    this.taken.add(index);
    this.promote();
  }

  nodeFinished(nodeId: string): void {
    this.finished.add(nodeId);
    // Safety net: a response node that ran is certainly on a taken path.
    const own = this.pending.get(nodeId);
    if (own) {
      this.pending.delete(nodeId);
      this.queue.push(own);
    }
    this.pump();
  }

  nodeSkipped(nodeId: string): void {
    this.skipped.add(nodeId);
    this.pending.delete(nodeId);
    const i = this.queue.findIndex((s) => s.nodeId === nodeId);
    if (i >= 0) this.queue.splice(i, 1);
    if (this.active?.nodeId === nodeId) this.active = undefined;
    this.pump();
  }

  chunk(selector: ValueSelector, text: string): void {
    const k = key(selector);
    this.streamed.add(k);
    const current = this.active?.segments[this.active.cursor];
    if (current && 'selector' in current && key(current.selector) === k) this.emit(text, selector[0]);
    else {
      const list = this.buffered.get(k) ?? [];
      list.push(text);
      this.buffered.set(k, list);
    }
  }

  /** Answers inside iteration and loop bodies stream whole when they finish. */
  direct(text: string, fromNodeId: string): void {
    if (text) this.emit(text, fromNodeId);
  }

  private promote(): void {
    for (const [id, s] of this.pending) {
      if (s.paths.some((p) => [...p].every((e) => this.taken.has(e)))) {
        this.pending.delete(id);
        this.queue.push(s);
      }
    }
    this.pump();
  }

  private pump(): void {
    for (;;) {
      if (!this.active) {
        this.active = this.queue.shift();
        if (!this.active) return;
      }
      const s = this.active;
      while (s.cursor < s.segments.length) {
        const seg = s.segments[s.cursor]!;
        if ('text' in seg) {
          this.emit(seg.text, s.nodeId);
          s.cursor++;
          continue;
        }
        const [head] = seg.selector;
        const k = key(seg.selector);
        const early = this.buffered.get(k);
        if (early) {
          for (const t of early) this.emit(t, head);
          this.buffered.delete(k);
        }
        if (!head || this.skipped.has(head)) {
          s.cursor++;
          continue;
        }
        if (SPECIAL.has(head) || this.finished.has(head)) {
          if (!this.streamed.has(k)) {
            const value = this.pool.get(seg.selector);
            const text = s.markdown ? segmentMarkdown(value) : segmentText(value);
            if (text) this.emit(text, head);
          }
          s.cursor++;
          continue;
        }
        return; // wait for the value
      }
      this.active = undefined;
    }
  }
}
