export { createJavascriptSandbox, JavascriptSandbox, type JavascriptSandboxOptions } from './javascript-sandbox';
export { DEFAULT_MEMORY_LIMIT_BYTES, loadQuickJsModule, type LoadedQuickJs, type QuickJsModuleOptions } from './quickjs-module';
