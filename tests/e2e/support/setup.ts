import { beforeEach } from 'vitest';
import { closePagesSince, consoleMark, pageMark, saveDiagnostics } from './diagnostics';

// Every failed end-to-end test leaves screenshots, frame URLs and the extension's console behind;
// then every test closes the pages it opened, so one test's page never runs into the next.
beforeEach((context) => {
  const from = consoleMark();
  const pagesFrom = pageMark();
  context.onTestFinished(async () => {
    if (context.task.result?.state === 'fail') {
      const name = `${context.task.file?.name.replace(/^.*\//, '') ?? ''} ${context.task.name}`;
      const dir = await saveDiagnostics(name, from);
      console.error(`End-to-end diagnostics for "${context.task.name}": ${dir}`);
    }
    await closePagesSince(pagesFrom);
  });
});
