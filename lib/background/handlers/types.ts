import type { Browser } from 'wxt/browser';
import type { BackgroundInbox, BackgroundMessage } from '../../messaging/channels';
import type { AnswerOf, RequestOf } from '../../messaging/envelope';

export type Sender = Browser.runtime.MessageSender;
export type Handler<T extends BackgroundMessage> = (req: RequestOf<BackgroundInbox, T>, sender: Sender) => Promise<AnswerOf<BackgroundInbox, T>>;
export type HandlerMap<K extends BackgroundMessage> = { [T in K]: Handler<T> };
