/** What a page's file input asks of its picker; copied to the gate's own input. */
export interface PickerOptions {
  accept: string;
  multiple: boolean;
  capture: string;
  directory: boolean;
}

export const pickerOptionsOf = (input: HTMLInputElement): PickerOptions => ({
  accept: input.accept,
  multiple: input.multiple,
  capture: input.getAttribute('capture') ?? '',
  directory: input.webkitdirectory,
});

/**
 * Opens a file picker on an input the page never sees (created here, never attached), with the
 * user activation of the page's click. `onPicked` gets the chosen files, or an empty list when the
 * user closed the picker. Firefox under WebDriver BiDi fires `cancel` when it takes over the
 * dialog and then sets files, so a `change` shortly after a `cancel` still counts.
 */
export function openPrivatePicker(options: PickerOptions, onPicked: (files: File[]) => void): void {
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.accept = options.accept;
  picker.multiple = options.multiple;
  if (options.capture) picker.setAttribute('capture', options.capture);
  if (options.directory) picker.webkitdirectory = true;
  let cancelTimer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  // Once only: a `cancel` after the `change` (BiDi closes its dialog late) must not end a pick that is being checked.
  const finish = (files: File[]) => {
    if (done) return;
    done = true;
    clearTimeout(cancelTimer);
    picker.removeEventListener('change', onChange);
    picker.removeEventListener('cancel', onCancel);
    onPicked(files);
  };
  const onChange = () => {
    const files = [...(picker.files ?? [])];
    picker.value = '';
    finish(files);
  };
  const onCancel = () => {
    clearTimeout(cancelTimer);
    cancelTimer = setTimeout(() => finish([]), 1000);
  };
  picker.addEventListener('change', onChange);
  picker.addEventListener('cancel', onCancel);
  picker.click();
}
