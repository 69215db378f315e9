/**
 * Brand checks for the MAIN-world hook, taken from native getters saved at document_start. The
 * page shares this world: it can replace prototypes, define own `type` properties or hand us an
 * element or event from another frame's realm, where `instanceof` fails. A native getter called on
 * the wrong kind of object throws, whatever realm either comes from, and ignores own properties.
 */
export interface Brands {
  /** The file input that `el` would open a picker for: itself, or a label's control. */
  fileInputOf(el: unknown): HTMLInputElement | undefined;
  isConnected(node: Node): boolean;
  isDisabled(input: HTMLInputElement): boolean;
  inShadowTree(node: Node): boolean;
  /** A real MouseEvent (any realm) whose type is `click`: the only events that open a picker. */
  isClick(event: unknown): boolean;
  readyState(doc: Document): DocumentReadyState | undefined;
}

const getterOf = (proto: object, name: string): ((this: unknown) => unknown) => {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (!get) throw new Error(`No native getter ${name}`);
  return get as (this: unknown) => unknown;
};

/** Calls a saved native getter; undefined when `target` is not of its kind. */
const read = (get: (this: unknown) => unknown, target: unknown): unknown => {
  try {
    return Reflect.apply(get, target, []);
  } catch {
    return undefined;
  }
};

export function saveBrands(): Brands {
  const inputType = getterOf(HTMLInputElement.prototype, 'type');
  const labelControl = getterOf(HTMLLabelElement.prototype, 'control');
  const connected = getterOf(Node.prototype, 'isConnected');
  const disabled = getterOf(HTMLInputElement.prototype, 'disabled');
  const eventType = getterOf(Event.prototype, 'type');
  const mouseButton = getterOf(MouseEvent.prototype, 'button');
  const readyState = getterOf(Document.prototype, 'readyState');
  const getRootNode = Node.prototype.getRootNode;
  const shadowHost = getterOf(ShadowRoot.prototype, 'host');

  const isFileInput = (el: unknown): el is HTMLInputElement => read(inputType, el) === 'file';
  return {
    fileInputOf(el) {
      if (isFileInput(el)) return el;
      const control = read(labelControl, el);
      return isFileInput(control) ? control : undefined;
    },
    isConnected: (node) => read(connected, node) === true,
    isDisabled: (input) => read(disabled, input) === true,
    inShadowTree: (node) => read(shadowHost, Reflect.apply(getRootNode, node, [])) !== undefined,
    isClick: (event) => read(eventType, event) === 'click' && read(mouseButton, event) !== undefined,
    readyState: (doc) => read(readyState, doc) as DocumentReadyState | undefined,
  };
}
