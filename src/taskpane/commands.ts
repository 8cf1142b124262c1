/**
 * The manifest's function file (`<FunctionFile>`, required in the desktop
 * form factor). The ribbon button only opens the task pane, so no commands
 * are registered; Office still loads this page and waits for it to be ready.
 */
declare const Office: { onReady(): Promise<unknown> }

void Office.onReady()
