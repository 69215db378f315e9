import type { Browser } from 'wxt/browser';
import type { MessageType, ProtocolMap, RequestOf } from '../../messaging/protocol';
import type { Result } from '../../messaging/result';

export type Sender = Browser.runtime.MessageSender;
export type Handler<T extends MessageType> = (req: RequestOf<T>, sender: Sender) => Promise<Result<ProtocolMap[T]['res']>>;
export type HandlerMap<K extends MessageType> = { [T in K]: Handler<T> };
