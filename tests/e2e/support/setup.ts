import { beforeEach } from 'vitest';
import { consoleMark, saveDiagnostics } from './diagnostics';

// Every failed end-to-end test leaves screenshots, frame URLs and the extension's console behind.
beforeEach((context) => {
  const from = consoleMark();
  context.onTestFailed(async () => {
    const name = `${context.task.file?.name.replace(/^.*\//, '') ?? ''} ${context.task.name}`;
    const dir = await saveDiagnostics(name, from);
    console.error(`End-to-end diagnostics for "${context.task.name}": ${dir}`);
  });
});
