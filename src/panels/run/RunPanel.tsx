/**
 * The Run panel: the start inputs as a typed form, the LLM endpoint, Run and Stop, and what the
 * run streams back: answer/end text as it arrives, each node's status, the final outputs.
 */
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../../store/document-store';
import { useRunStore } from '../../store/run-store';
import { loadEndpoint, saveEndpoint, toLlmSettings, type EndpointForm } from './llm-settings';
import { startInputFields, toInputs, type InputField } from './start-inputs';
import { startRun, stopRun } from './run-controller';

const STATUS_STYLE: Record<string, string> = {
  running: 'bg-blue-100 text-blue-800', succeeded: 'bg-emerald-100 text-emerald-800', 'partial-succeeded': 'bg-amber-100 text-amber-900',
  exception: 'bg-amber-100 text-amber-900', failed: 'bg-red-100 text-red-800', stopped: 'bg-slate-200 text-slate-700', idle: 'bg-slate-100 text-slate-600',
};
const FIELD = 'w-full rounded-md border border-slate-200 px-2 py-1 text-sm focus:border-blue-500 focus:outline-none';

function Field({ field, value, onChange }: { field: InputField; value: string | boolean | undefined; onChange: (v: string | boolean) => void }) {
  const id = `run-input-${field.name}`;
  const label = (
    <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">
      {field.label}{field.required ? ' *' : ''}
    </label>
  );
  if (field.kind === 'checkbox') {
    return (
      <label className="flex items-center gap-2 text-sm"><input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />{field.label}</label>
    );
  }
  if (field.kind === 'unsupported') return <div>{label}<p className="text-xs text-slate-500">{field.type} inputs cannot be given here yet.</p></div>;
  const text = typeof value === 'string' ? value : '';
  return (
    <div>
      {label}
      {field.kind === 'select' ? (
        <select id={id} className={FIELD} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">(none)</option>
          {field.options.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      ) : field.kind === 'paragraph' || field.kind === 'json' ? (
        <textarea id={id} className={`${FIELD} h-16 font-${field.kind === 'json' ? 'mono' : 'sans'}`} value={text} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} className={FIELD} type={field.kind === 'number' ? 'number' : 'text'} value={text} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

function EndpointSettings({ form, setForm }: { form: EndpointForm; setForm: (f: EndpointForm) => void }) {
  const update = (patch: Partial<EndpointForm>) => {
    const next = { ...form, ...patch };
    setForm(next);
    saveEndpoint(next);
  };
  return (
    <details className="rounded-md border border-slate-200 px-3 py-2">
      <summary className="cursor-pointer text-xs font-medium text-slate-600">LLM endpoint {form.baseUrl ? `(${form.baseUrl})` : '(not set)'}</summary>
      <div className="mt-2 space-y-2">
        <input aria-label="Base URL" className={FIELD} placeholder="Base URL, e.g. http://127.0.0.1:11434/v1" value={form.baseUrl} onChange={(e) => update({ baseUrl: e.target.value })} />
        <input aria-label="API key" className={FIELD} type="password" placeholder="API key (kept in this browser only)" value={form.apiKey ?? ''} onChange={(e) => update({ apiKey: e.target.value })} />
        <input aria-label="Model" className={FIELD} placeholder="Model name (optional: overrides the node's)" value={form.model ?? ''} onChange={(e) => update({ model: e.target.value })} />
      </div>
    </details>
  );
}

export function RunPanel({ onClose }: { onClose: () => void }) {
  const doc = useDocumentStore((s) => s.document);
  const fields = useMemo(() => startInputFields(doc), [doc]);
  const [values, setValues] = useState<Record<string, string | boolean>>({});
  const [endpoint, setEndpoint] = useState<EndpointForm>(() => loadEndpoint());
  const [formError, setFormError] = useState<string>();
  const { status, text, log, result, error } = useRunStore(useShallow((s) => ({ status: s.status, text: s.text, log: s.log, result: s.result, error: s.error })));
  const running = status === 'running';

  const run = () => {
    const { inputs, error: bad } = toInputs(fields, values);
    setFormError(bad);
    if (!bad) void startRun(inputs, toLlmSettings(endpoint));
  };

  return (
    <aside data-testid="run-panel" className="flex h-full w-[400px] shrink-0 flex-col border-l border-slate-200 bg-white">
      <div className="flex items-center justify-between border-b border-slate-100 px-4 py-2.5">
        <h2 className="text-sm font-semibold">Test run</h2>
        <button type="button" aria-label="Close the run panel" className="text-slate-400 hover:text-slate-700" onClick={onClose}>✕</button>
      </div>
      <div className="min-h-0 flex-1 space-y-3 overflow-auto px-4 py-3">
        {fields.map((f) => <Field key={f.name} field={f} value={values[f.name]} onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))} />)}
        <EndpointSettings form={endpoint} setForm={setEndpoint} />
        {formError && <p className="text-xs text-red-700">{formError}</p>}
        <div className="flex gap-2">
          <button type="button" data-testid="run-start" disabled={running} onClick={run} className="rounded-lg bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50">Run</button>
          <button type="button" data-testid="run-stop" disabled={!running} onClick={stopRun} className="rounded-lg border border-slate-200 px-3 py-1.5 text-sm disabled:opacity-50">Stop</button>
          <span data-testid="run-status" className={`ml-auto self-center rounded-md px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[status] ?? ''}`}>{status}</span>
        </div>
        {error && <p data-testid="run-error" className="rounded-md bg-red-50 px-3 py-2 text-xs text-red-800">{error}</p>}
        {text && <pre data-testid="run-text" className="whitespace-pre-wrap rounded-md bg-slate-50 px-3 py-2 text-sm">{text}</pre>}
        {log.length > 0 && (
          <ol data-testid="run-log" className="space-y-1">
            {log.map((l, i) => (
              <li key={i} className="flex flex-wrap items-baseline gap-x-2 text-xs" data-node-id={l.nodeId} data-status={l.status}>
                <span className={`rounded px-1.5 ${STATUS_STYLE[l.status] ?? ''}`}>{l.status}</span>
                <span className="min-w-0 flex-1 truncate">{l.title || l.nodeId}{l.scope ? ` (${l.scope})` : ''}{l.pinned ? ' · pinned' : ''}</span>
                <span className="text-slate-400">{l.elapsedMs !== undefined ? `${l.elapsedMs.toFixed(1)} ms` : ''}</span>
                {l.error && <span className="basis-full pl-1 text-red-700">{l.error}</span>}
              </li>
            ))}
          </ol>
        )}
        {result && (
          <div>
            <h3 className="mb-1 text-xs font-medium text-slate-600">Outputs</h3>
            <pre data-testid="run-outputs" className="overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 px-3 py-2 text-xs">{JSON.stringify(result.outputs, null, 2)}</pre>
          </div>
        )}
      </div>
    </aside>
  );
}
